#pragma once

#include "MockApi.h"
#include "MockContext.h"

class ZitadelApi : public MockApi
{
public:
    explicit ZitadelApi(const MockContext &context);
    void registerRoutes(MockRouter &router) override;

private:
    MockContext m_context;
};
