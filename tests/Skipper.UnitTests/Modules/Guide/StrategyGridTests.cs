using System.Text.RegularExpressions;
using Skipper.Web.Modules.Guide.Data;
using Skipper.Web.Modules.Guide.Strategies;

namespace Skipper.UnitTests.Modules.Guide;

public sealed partial class StrategyGridTests
{
    private static readonly IReadOnlyList<Strategy> All = StrategyGrid.Instance.All;

    [Fact]
    public void The_shipped_grid_has_about_25_strategies_with_unique_stable_keys()
    {
        All.Count.ShouldBeInRange(20, 40);
        All.Select(s => s.Key).ShouldBeUnique();
        All.ShouldAllBe(s => Kebab().IsMatch(s.Key) && s.Key.Length <= GuideLimits.StrategyKey);
    }

    [Fact]
    public void Every_strategy_has_norwegian_and_english_wording_and_a_known_column_and_row()
    {
        All.ShouldAllBe(s => s.Nb.Trim().Length > 5 && s.En.Trim().Length > 5 && s.Nb != s.En);
        All.ShouldAllBe(s => Enum.IsDefined(s.Resource) && Enum.IsDefined(s.Row));
    }

    [Fact]
    public void Every_cell_of_the_three_by_three_grid_holds_at_least_two_strategies()
    {
        foreach (var row in Enum.GetValues<StrategyRow>())
        {
            foreach (var resource in Enum.GetValues<StrategyResource>())
            {
                StrategyGrid.Instance.In(row, resource).Count.ShouldBeGreaterThanOrEqualTo(2, $"{row} × {resource}");
            }
        }
    }

    [Fact]
    public void An_unknown_column_name_in_the_file_is_refused_rather_than_read_as_something_else()
    {
        Should.Throw<System.Text.Json.JsonException>(() =>
            StrategyGrid.Read("""[{ "key": "k", "resource": "spiritual", "row": "values", "nb": "n", "en": "e" }]"""));
        Should.Throw<System.Text.Json.JsonException>(() =>
            StrategyGrid.Read("""[{ "key": "k", "resource": 1, "row": "values", "nb": "n", "en": "e" }]"""));
    }

    [Fact]
    public void A_key_is_found_exactly_and_an_unknown_key_is_not()
    {
        StrategyGrid.Instance.Find("listen-without-judging")!.Row.ShouldBe(StrategyRow.Behaviour);
        StrategyGrid.Instance.Find("Listen-Without-Judging").ShouldBeNull();
        StrategyGrid.Instance.Find("no-such-strategy").ShouldBeNull();
        StrategyGrid.Instance.Find(null).ShouldBeNull();
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Kebab();
}
