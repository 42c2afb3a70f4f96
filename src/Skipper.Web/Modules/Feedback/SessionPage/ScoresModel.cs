using Skipper.Web.Modules.Feedback.Data;
using Skipper.Web.Modules.Feedback.Instruments;
using Skipper.Web.Modules.Feedback.Series;

namespace Skipper.Web.Modules.Feedback.SessionPage;

/// <summary>The scores section of the time page: the session's two scales, answered or not, and their signals.</summary>
public sealed record ScoresModel(Guid PersonId, SessionView Session, IReadOnlyList<InstrumentDefinition> Scales, string Language)
{
    /// <summary>Nothing more will come in: both scales are answered, or the session takes no more answers.</summary>
    public bool Complete => !Session.Open || Scales.All(s => Session.Form(s.Code) is not null);

    public string PollUrl => $"/personer/{PersonId}/tilbakemelding/time?handler=Scores";

    /// <summary>The outcome and alliance scales of the municipality, outcome first.</summary>
    public static IReadOnlyList<InstrumentDefinition> ScalesOf(IReadOnlyList<InstrumentDefinition> current) =>
        [.. current.Where(i => i.Kind is InstrumentKind.Outcome or InstrumentKind.Alliance).OrderBy(i => i.Kind)];
}
