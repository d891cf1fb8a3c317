#pragma once

#include "MockApi.h"
#include "MockContext.h"

/// Mock-only routes under /mock/: health, and the mailbox where codes and links "arrive".
class MockControlApi : public MockApi
{
public:
    explicit MockControlApi(const MockContext &context);
    void registerRoutes(MockRouter &router) override;

private:
    MockContext m_context;
};
