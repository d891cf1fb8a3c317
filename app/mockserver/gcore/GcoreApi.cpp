#include "GcoreApi.h"

GcoreApi::GcoreApi(const MockContext &context)
    : m_context(context)
{ }

void GcoreApi::registerRoutes(MockRouter &)
{ }
