using Skipper.Web.Modules.Feedback.Scoring;

namespace Skipper.Web.Modules.Feedback.Figures;

/// <summary>One ended episode as the figures need it: whose, and its first and latest outcome total.</summary>
internal sealed record EndedEpisodeRow(Guid? DepartmentId, Guid PersonId, double? Intake, double? Latest, int OutcomeCount);

/// <summary>Counts ended episodes with the scoring module's own rules (ChangeRules), so the dashboards say what the graphs say.</summary>
internal static class EpisodeFigures
{
    public static readonly EpisodeOutcomeFigures None = new(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    public static EpisodeOutcomeFigures Count(IReadOnlyList<EndedEpisodeRow> episodes, double? cutOff, double? reliableChange)
    {
        var changed = episodes.Where(e => e.OutcomeCount >= 2 && e.Intake is not null && e.Latest is not null)
            .Select(e => (e.PersonId, Intake: e.Intake!.Value, Latest: e.Latest!.Value))
            .ToList();
        var kinds = changed.Select(e => reliableChange is { } rc ? ChangeRules.ReliableChange(e.Intake, e.Latest, rc) : ChangeKind.None).ToList();
        var clinical = cutOff is { } cut ? changed.Where(e => e.Intake < cut).ToList() : [];
        var significant = cutOff is { } c && reliableChange is { } r
            ? clinical.Count(e => ChangeRules.ClinicallySignificant(e.Intake, e.Latest, c, r))
            : 0;
        return new EpisodeOutcomeFigures(
            episodes.Count,
            episodes.Select(e => e.PersonId).Distinct().Count(),
            changed.Count,
            changed.Select(e => e.PersonId).Distinct().Count(),
            kinds.Count(k => k == ChangeKind.Improved),
            kinds.Count(k => k == ChangeKind.Deteriorated),
            clinical.Count,
            clinical.Select(e => e.PersonId).Distinct().Count(),
            significant,
            changed.Sum(e => e.Intake),
            changed.Sum(e => e.Intake * e.Intake),
            changed.Sum(e => e.Latest - e.Intake));
    }
}
