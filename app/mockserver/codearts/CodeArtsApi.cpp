#include "CodeArtsApi.h"

CodeArtsApi::CodeArtsApi(const MockContext &context)
    : m_context(context)
{ }

void CodeArtsApi::registerRoutes(MockRouter &)
{ }
