using Skipper.Web.Modules.Implementation.SelfAssessment.Data;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Identity;
using Skipper.Web.Platform.Localization;

namespace Skipper.Web.Modules.Implementation.SelfAssessment.Demo;

/// <summary>
/// The first demo department assessed itself in each of the two half-years before this one, a little better the
/// second time, so the side-by-side table shows a change; this half-year is still open for a new assessment.
/// </summary>
internal static class SelfAssessmentDemo
{
    private static readonly int[] Earlier = [2, 3, 3, 2, 1, 2, 2, 1, 3, 2];
    private static readonly int[] Later = [3, 3, 3, 2, 2, 3, 3, 2, 3, 3];

    public static void Add(AppDbContext db, Guid tenantId, Guid departmentId, AppUser contact, DateTimeOffset now)
    {
        var current = HalfYear.Of(DateOnly.FromDateTime(now.InNorway().DateTime));
        var halves = new[] { current.Previous.Previous, current.Previous };
        var answers = new[] { Earlier, Later };
        for (var i = 0; i < halves.Length; i++)
        {
            var on = halves[i].Start.AddDays(40);
            var values = answers[i];
            db.Add(new DepartmentSelfAssessment
            {
                TenantId = tenantId,
                Id = Guid.NewGuid(),
                DepartmentId = departmentId,
                AssessedOn = on,
                Year = halves[i].Year,
                Half = halves[i].Half,
                CreatedAt = on.StartInNorway(),
                CreatedByUserId = contact.Id,
                CreatedByName = contact.DisplayName,
                Answers = Checklist.Statements.Select((s, n) => new SelfAssessmentAnswer
                {
                    TenantId = tenantId,
                    StatementKey = s.Key,
                    Value = values[n % values.Length],
                    Comment = s.Key == "lived-experience" && i == 1 ? "Erfaringsmedarbeider ansatt i 50 % stilling." : "",
                }).ToList(),
            });
        }
    }
}
