#pragma once

class MockRouter;

/// One backend's API inside the mock server: it owns that backend's state and registers its
/// routes and error shape.
class MockApi
{
public:
    virtual ~MockApi() = default;
    virtual void registerRoutes(MockRouter &router) = 0;
};
