using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Skipper.Web.Modules.Plans.Data;
using Skipper.Web.Platform.Data;

namespace Skipper.IntegrationTests.Modules.Plans;

/// <summary>The person's plan activity row as stored, which the caseload reads.</summary>
internal static class PlanActivityRow
{
    public static async Task<PlanActivity?> ReadAsync(AppFactory app, Guid personId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.Set<PlanActivity>().IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(a => a.PersonId == personId);
    }
}
