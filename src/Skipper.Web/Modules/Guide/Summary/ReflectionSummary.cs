using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Skipper.Web.Modules.Guide.Data;
using Skipper.Web.Platform.Access.Departments;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Identity;
using Skipper.Web.Platform.Localization;
using Skipper.Web.Platform.Onboarding;
using Skipper.Web.Platform.Tenancy;

namespace Skipper.Web.Modules.Guide.Summary;

/// <summary>Counts a department's reflection work: sessions per month, cards used, and how many staff did each exercise.</summary>
public sealed class ReflectionSummary(AppDbContext db, DepartmentAccess access, IReflectionFigures figures, TimeProvider clock)
{
    public const int Months = 12;
    public const int MostUsedShown = 3;

    public async Task<Outcome<ReflectionSummaryView>> ForAsync(ClaimsPrincipal user, Guid departmentId)
    {
        var opened = await access.OpenAsync(user, departmentId);
        return opened.Succeeded ? await CountAsync(opened.Value) : opened.Refusal;
    }

    private async Task<ReflectionSummaryView> CountAsync(Department department)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().InNorway().DateTime);
        var from = new DateOnly(today.Year, today.Month, 1).AddMonths(1 - Months);
        var sessions = db.Set<ReflectionSession>().AsNoTracking().Where(s => s.DepartmentId == department.Id && s.HeldOn >= from);

        var perDay = await sessions.GroupBy(s => s.HeldOn).Select(g => new { Day = g.Key, Count = g.Count() }).ToListAsync();
        var months = Enumerable.Range(0, Months).Select(i => from.AddMonths(i))
            .Select(m => new MonthCount(m.Year, m.Month, perDay.Where(d => d.Day.Year == m.Year && d.Day.Month == m.Month).Sum(d => d.Count)))
            .ToList();

        var perCard = await sessions.GroupBy(s => s.CardId).Select(g => new { CardId = g.Key, Count = g.Count() }).ToListAsync();
        var top = perCard.OrderByDescending(c => c.Count).Take(MostUsedShown * 4).ToList();
        var topIds = top.Select(c => c.CardId).ToList();
        var cards = await db.Set<ReflectionCard>().AsNoTracking().Where(c => topIds.Contains(c.Id)).ToListAsync();
        var mostUsed = top.Join(cards, t => t.CardId, c => c.Id, (t, c) => new CardUse(c.Id, c.Number, c.Text, c.TextEn, t.Count))
            .OrderByDescending(c => c.Sessions).ThenBy(c => c.Number).Take(MostUsedShown).ToList();

        var counted = (await figures.StaffExercisesAsync(today, department.Id)).FirstOrDefault();
        var staffCount = SmallCounts.Of(counted?.Staff ?? 0);
        var exercises = figures.Exercises.Select(exercise =>
        {
            var done = SmallCounts.Of(counted?.Done.GetValueOrDefault(exercise) ?? 0);
            return new ExerciseShare(exercise, done, SmallCounts.SharePercent(done, staffCount));
        }).ToList();

        return new ReflectionSummaryView(
            department.Id, department.Name, from, months, perDay.Sum(d => d.Count), perCard.Count, mostUsed, staffCount, exercises);
    }
}
