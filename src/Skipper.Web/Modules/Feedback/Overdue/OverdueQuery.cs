using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Skipper.Web.Modules.Feedback.Data;
using Skipper.Web.Modules.Feedback.Instruments;
using Skipper.Web.Modules.Feedback.Series;
using Skipper.Web.Platform.Auditing;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Identity;
using Skipper.Web.Platform.Localization;

namespace Skipper.Web.Modules.Feedback.Overdue;

/// <summary>One form that is due and missing: which, when it was last answered (null = never in this episode), and since when it is due.</summary>
public sealed record OverdueForm(string Questionnaire, string Title, DateOnly? LastAnswered, DateOnly DueOn);

public sealed record OverduePerson(Guid PersonId, string DisplayName, IReadOnlyList<OverdueForm> Due);

/// <summary>
/// The people a staff member serves whose outcome feedback or recovery questionnaire is due and missing (DueRule,
/// open episodes only), read from the status rows. One list view = one audit event naming the people shown.
/// </summary>
public sealed class OverdueQuery(AppDbContext db, IInstruments instruments, IAuditLog audit, TimeProvider clock)
{
    public const string Resource = "feedback/overdue";

    private sealed record Served(Guid PersonId, string DisplayName);

    public async Task<IReadOnlyList<OverduePerson>> ForAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var userId = user.UserId() ?? Guid.Empty;
        var now = clock.GetUtcNow();
        var served = await ServedAsync(userId, now, cancellationToken);
        var timed = (await instruments.CurrentAsync(cancellationToken)).Where(i => i.DueEveryDays is not null && i.Kind != InstrumentKind.Alliance).ToList();
        if (served.Count == 0 || timed.Count == 0)
        {
            return [];
        }
        var ids = served.Keys.ToArray();
        var statuses = await db.Set<FeedbackStatus>().AsNoTracking()
            .Where(s => ids.Contains(s.PersonId) && s.OpenEpisodeId != null).ToListAsync(cancellationToken);
        var today = DateOnly.FromDateTime(now.InNorway().DateTime);
        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var shown = new List<OverduePerson>();
        foreach (var status in statuses)
        {
            var due = timed.Select(i => (Instrument: i, Last: i.Kind == InstrumentKind.Outcome ? status.LastOutcomeOn : status.LastRecoveryOn))
                .Where(d => DueRule.IsDue(true, d.Last, d.Instrument.DueEveryDays, today))
                .Select(d => new OverdueForm(d.Instrument.Code, d.Instrument.Title.In(language), d.Last, DueRule.DueOn(true, d.Last, d.Instrument.DueEveryDays, today)!.Value))
                .ToList();
            if (due.Count > 0)
            {
                shown.Add(new OverduePerson(status.PersonId, served[status.PersonId], due));
            }
        }
        if (shown.Count > 0)
        {
            await audit.RecordAsync(user, new AuditEntry(AuditActions.ListView, Resource, [.. shown.Select(p => p.PersonId)]), cancellationToken);
        }
        return [.. shown.OrderBy(p => p.Due.Min(d => d.DueOn)).ThenBy(p => p.DisplayName, StringComparer.Create(CultureInfo.GetCultureInfo("nb"), false))];
    }

    /// <summary>The caseload's people: active care relations and open emergency access.</summary>
    private async Task<Dictionary<Guid, string>> ServedAsync(Guid userId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var relations = await db.CareRelations.AsNoTracking()
            .Where(r => r.StaffUserId == userId && r.StartsAt <= now && (r.EndsAt == null || r.EndsAt > now))
            .Join(db.Persons, r => r.PersonId, p => p.Id, (r, p) => new Served(p.Id, p.DisplayName)).ToListAsync(cancellationToken);
        var emergencies = await db.EmergencyAccesses.AsNoTracking()
            .Where(a => a.StaffUserId == userId && a.ExpiresAt > now)
            .Join(db.Persons, a => a.PersonId, p => p.Id, (a, p) => new Served(p.Id, p.DisplayName)).ToListAsync(cancellationToken);
        return relations.Concat(emergencies).DistinctBy(s => s.PersonId).ToDictionary(s => s.PersonId, s => s.DisplayName);
    }
}
