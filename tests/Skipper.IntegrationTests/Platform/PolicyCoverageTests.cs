using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Skipper.IntegrationTests.Platform;

[Collection(AppsCollection.Name)]
public sealed class PolicyCoverageTests(Apps apps)
{
    [Fact]
    public void Every_page_and_endpoint_has_a_policy_or_an_explicit_anonymous_allowance()
    {
        var endpoints = apps.For("Sqlite").Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();

        var undeclared = endpoints
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is null && e.Metadata.GetOrderedMetadata<IAuthorizeData>().Count == 0)
            .Select(e => e.RoutePattern.RawText)
            .ToList();

        endpoints.Count.ShouldBeGreaterThan(10);
        undeclared.ShouldBeEmpty();
    }

    [Fact]
    public void Every_authorize_names_a_policy_rather_than_roles()
    {
        var endpoints = apps.For("Sqlite").Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();

        var byRole = endpoints
            .Where(e => e.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(a => !string.IsNullOrEmpty(a.Roles)))
            .Select(e => e.RoutePattern.RawText)
            .ToList();

        byRole.ShouldBeEmpty();
    }
}
