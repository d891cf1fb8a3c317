#pragma once

#include "MockApi.h"
#include "MockContext.h"

class GcoreApi : public MockApi
{
public:
    explicit GcoreApi(const MockContext &context);
    void registerRoutes(MockRouter &router) override;

private:
    MockContext m_context;
};
