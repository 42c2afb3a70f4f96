using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Skipper.Web.Modules.Feedback.Data;
using Skipper.Web.Modules.Feedback.Responses;
using Skipper.Web.Platform.Access.Caseload;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Localization;

namespace Skipper.Web.Modules.Feedback.Caseload;

/// <summary>
/// One person's feedback on the caseload: the latest outcome and its change from intake, the latest alliance, and
/// the signals of the latest session (each with what to do next). Signals show only while an episode is open.
/// </summary>
public sealed record FeedbackCell(
    Guid PersonId, bool OpenEpisode, int Sessions, double? LatestOutcome, double? ChangeFromIntake, double? LatestAlliance, IReadOnlyList<SignalView> Signals);

/// <summary>The caseload's "feedback" column, read from the one FeedbackStatus row per person in one query.</summary>
internal sealed class FeedbackCaseloadColumn(AppDbContext db, IStringLocalizer<Texts> texts) : ICaseloadColumn
{
    // Compiled: it runs on every view of every caseload.
    private static readonly CompiledPerModel<Func<AppDbContext, Guid[], IAsyncEnumerable<FeedbackStatus>>> Statuses = new(() => EF.CompileAsyncQuery(
        (AppDbContext db, Guid[] ids) => db.Set<FeedbackStatus>().AsNoTracking().Where(s => ids.Contains(s.PersonId))));

    public string Key => "feedback";

    public string HeadingKey => "Feedback.Caseload.Heading";

    public string CellPartial => "/Modules/Feedback/Caseload/_FeedbackCell.cshtml";

    public async Task<IReadOnlyDictionary<Guid, object>> ValuesAsync(IReadOnlyCollection<Guid> personIds, CancellationToken cancellationToken)
    {
        var cells = new Dictionary<Guid, object>(personIds.Count);
        foreach (var id in personIds)
        {
            cells[id] = new FeedbackCell(id, false, 0, null, null, null, []);
        }
        if (cells.Count == 0)
        {
            return cells;
        }
        await foreach (var status in Statuses.For(db)(db, [.. cells.Keys]).WithCancellation(cancellationToken))
        {
            cells[status.PersonId] = CellOf(status);
        }
        return cells;
    }

    private FeedbackCell CellOf(FeedbackStatus status)
    {
        var open = status.OpenEpisodeId is not null;
        double? change = status.IntakeOutcome is { } intake && status.LatestOutcome is { } latest ? Math.Round(latest - intake, 1) : null;
        return new FeedbackCell(status.PersonId, open, status.SessionCount, status.LatestOutcome, change, status.LatestAlliance,
            open ? ResponseViews.SignalViews(status.Signals, texts) : []);
    }
}
