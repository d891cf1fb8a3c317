#include "ZitadelApi.h"

ZitadelApi::ZitadelApi(const MockContext &context)
    : m_context(context)
{ }

void ZitadelApi::registerRoutes(MockRouter &)
{ }
