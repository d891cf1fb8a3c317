#pragma once

#include "MockApi.h"
#include "MockContext.h"
#include "MockRequestStats.h"

/// Mock-only routes under /mock/: health, the mailbox where codes and links "arrive", and
/// the request counts (GET /mock/stats, POST /mock/stats/reset).
class MockControlApi : public MockApi
{
public:
    MockControlApi(const MockContext &context, MockRequestStats &stats);
    void registerRoutes(MockRouter &router) override;

private:
    MockContext m_context;
    MockRequestStats &m_stats;
};
