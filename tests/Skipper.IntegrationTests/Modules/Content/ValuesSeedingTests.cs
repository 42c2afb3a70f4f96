using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Skipper.Web.Modules.Content.Values;
using Skipper.Web.Modules.Content.Values.Data;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Tenancy;

namespace Skipper.IntegrationTests.Modules.Content;

[Collection(ValuesCollection.Name)]
public sealed class ValuesSeedingTests(Apps apps)
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_new_municipality_gets_the_default_list_once(string provider)
    {
        var app = apps.For(provider);
        var tenant = new Tenant { Id = Guid.NewGuid(), Name = "Nykommune", HostName = $"ny-{Guid.NewGuid():N}.example", CreatedAt = DateTimeOffset.UtcNow };
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.Tenants.Add(tenant);
            await db.SaveChangesAsync();
        }

        for (var time = 0; time < 2; time++)
        {
            await using var scope = app.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<IValuesList>().SeedDefaultsAsync(tenant.Id);
        }

        await using var check = app.Services.CreateAsyncScope();
        var names = await check.ServiceProvider.GetRequiredService<AppDbContext>().Set<TenantValue>().IgnoreQueryFilters()
            .Where(v => v.TenantId == tenant.Id).Select(v => v.Name).ToListAsync();
        names.ShouldBe(ValuesTestKit.FileValues(), ignoreOrder: true);
    }
}
