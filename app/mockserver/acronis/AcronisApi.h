#pragma once

#include "MockApi.h"
#include "MockContext.h"

class AcronisApi : public MockApi
{
public:
    explicit AcronisApi(const MockContext &context);
    void registerRoutes(MockRouter &router) override;

private:
    MockContext m_context;
};
