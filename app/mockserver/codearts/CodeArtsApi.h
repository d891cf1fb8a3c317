#pragma once

#include "MockApi.h"
#include "MockContext.h"

class CodeArtsApi : public MockApi
{
public:
    explicit CodeArtsApi(const MockContext &context);
    void registerRoutes(MockRouter &router) override;

private:
    MockContext m_context;
};
