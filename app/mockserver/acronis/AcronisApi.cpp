#include "AcronisApi.h"

AcronisApi::AcronisApi(const MockContext &context)
    : m_context(context)
{ }

void AcronisApi::registerRoutes(MockRouter &)
{ }
