using Skipper.Web.Platform.Privacy;

namespace Skipper.Web.Modules.Dashboards.Figures;

/// <summary>A department's summed cells, one per period of the dashboard (oldest first).</summary>
public sealed record DepartmentCells(Guid? DepartmentId, string Name, IReadOnlyList<CellSum> Periods);

/// <summary>
/// Turns cells into figures and hides what would show fewer than 5 people (Platform/Privacy/SmallCells): the whole
/// period, each point of the series (the total is shown beside them, so a complementary point goes too), and each
/// department of the section's table (likewise). Pure: unit-tested with hand-computed cases.
/// </summary>
public static class DashboardFigures
{
    public const string FewerThanFive = "fewer-than-5";
    public const string Complement = "complement";

    /// <param name="departments">The departments the dashboard covers, each with one summed cell per period.</param>
    /// <param name="withTable">True for the section: a per-department table beside each figure.</param>
    public static IReadOnlyList<FigureView> Build(IReadOnlyList<FigureRule> rules, IReadOnlyList<DateOnly> periods, IReadOnlyList<DepartmentCells> departments, bool withTable)
    {
        var perPeriod = periods.Select((_, i) => CellSum.Departments(departments.Select(d => d.Periods[i]))).ToList();
        var whole = CellSum.Periods(perPeriod);
        return rules.Select(rule =>
        {
            var total = rule.Compute(whole);
            var series = perPeriod.Select(rule.Compute).ToList();
            var seriesHidden = Hide(rule, series.Select(c => c.People).ToList());
            IReadOnlyList<DepartmentValue>? table = null;
            if (withTable)
            {
                var values = departments.Select(d => rule.Compute(CellSum.Periods(d.Periods))).ToList();
                var hidden = Hide(rule, values.Select(c => c.People).ToList());
                table = departments.Select((d, i) => Shown(values[i], hidden[i], (v, n, p, h) => new DepartmentValue(d.DepartmentId, d.Name, v, n, p, h))).ToList();
            }
            var totalHidden = rule.AboutPeople && SmallCells.TooFew(total.People) ? CellHidden.FewerThanFive : CellHidden.None;
            return new FigureView(
                rule.Key,
                rule.Group,
                rule.Unit,
                Shown(total, totalHidden, (v, n, p, h) => new FigureValue(v, n, p, h)),
                series.Select((c, i) => Shown(c, seriesHidden[i], (v, n, p, h) => new FigurePoint(periods[i], v, n, p, h))).ToList(),
                table);
        }).ToList();
    }

    /// <summary>The reason a hidden figure gives, as the API and the CSV write it.</summary>
    public static string? Reason(CellHidden hidden) => hidden switch
    {
        CellHidden.FewerThanFive => FewerThanFive,
        CellHidden.Complement => Complement,
        _ => null,
    };

    private static IReadOnlyList<CellHidden> Hide(FigureRule rule, IReadOnlyList<int> people) =>
        rule.AboutPeople ? SmallCells.Suppress(people, totalShown: true) : people.Select(_ => CellHidden.None).ToList();

    private static T Shown<T>(Computed computed, CellHidden hidden, Func<double?, int?, int?, string?, T> make) =>
        hidden == CellHidden.None
            ? make(Round(computed.Value), computed.N, computed.People, null)
            : make(null, null, null, Reason(hidden));

    private static double? Round(double? value) => value is { } v ? Math.Round(v, 2, MidpointRounding.AwayFromZero) : null;
}
