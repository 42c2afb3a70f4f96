using System.Globalization;
using Skipper.Web.Modules.Implementation.PeerWorkers.Figures;
using Skipper.Web.Modules.Implementation.PeerWorkers.Positions;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Implementation.PeerWorkers.Pages;

/// <summary>The position fields, filled with what was typed (or is stored), and the refusal whose field errors they show.</summary>
public sealed record PositionFieldsModel(PositionInput? Values, Refusal? Refusal)
{
    public static PositionInput From(PositionView p) =>
        new(PeerInput.Shown(p.Percent), p.Kind, p.StartOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            p.EndOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), p.Label, p.Version);
}

/// <summary>The chart, the points it was drawn from (for the table beside it), and what it is about.</summary>
public sealed record PeerChartView(PeerChartModel Chart, IReadOnlyList<TimelinePoint> Points, string Scope);
