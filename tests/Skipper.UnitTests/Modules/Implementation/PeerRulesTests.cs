using Skipper.Web.Modules.Implementation;
using Skipper.Web.Modules.Implementation.PeerWorkers;
using Skipper.Web.Modules.Implementation.PeerWorkers.Figures;
using Skipper.Web.Modules.Implementation.PeerWorkers.Positions;

namespace Skipper.UnitTests.Modules.Implementation;

public sealed class PeerRulesTests
{
    private static readonly Guid A = Guid.NewGuid();
    private static readonly Guid B = Guid.NewGuid();
    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    [Fact]
    public void A_position_is_in_force_from_its_first_day_through_its_last()
    {
        var p = new PositionSpan(A, 50m, D(2025, 3, 1), D(2025, 6, 30));
        var open = new PositionSpan(A, 50m, D(2025, 3, 1), null);

        PeerRules.InForce(p, D(2025, 2, 28)).ShouldBeFalse();
        PeerRules.InForce(p, D(2025, 3, 1)).ShouldBeTrue();
        PeerRules.InForce(p, D(2025, 6, 30)).ShouldBeTrue();
        PeerRules.InForce(p, D(2025, 7, 1)).ShouldBeFalse();
        PeerRules.InForce(open, D(2040, 1, 1)).ShouldBeTrue();
    }

    [Fact]
    public void Fte_is_the_percentages_added_up_over_a_hundred()
    {
        PeerRules.Fte([]).ShouldBe(0);
        PeerRules.Fte([50m, 50m]).ShouldBe(1.0);
        PeerRules.Fte([100m, 60m, 20m]).ShouldBe(1.8, 1e-9);
        PeerRules.Fte([37.5m, 12.5m, 33.33m]).ShouldBe(0.8333, 1e-9);
    }

    [Fact]
    public void Count_and_fte_on_a_day_take_only_the_positions_in_force()
    {
        // On 2025-06-30: 100 (open), 50 (ends that day) and 20 (started that day) are in force; 60 ended, 40 not begun.
        IReadOnlyList<PositionSpan> positions =
        [
            new(A, 100m, D(2020, 1, 1), null),
            new(A, 50m, D(2024, 1, 1), D(2025, 6, 30)),
            new(B, 20m, D(2025, 6, 30), null),
            new(B, 60m, D(2023, 1, 1), D(2025, 6, 29)),
            new(B, 40m, D(2025, 7, 1), null),
        ];

        PeerRules.On(positions, D(2025, 6, 30)).ShouldBe((3, 1.7));
        PeerRules.On(positions.Where(p => p.DepartmentId == B), D(2025, 6, 30)).ShouldBe((1, 0.2));
        PeerRules.On(positions, D(2025, 7, 1)).ShouldBe((3, 1.6));
    }

    [Fact]
    public void The_target_for_a_day_is_its_years_else_the_next_later_one_else_none()
    {
        IReadOnlyList<PeerTarget> targets = [new(2022, 4, null), new(2025, 6, 4.5), new(2027, null, 8.0)];

        PeerRules.TargetFor(targets, D(2022, 5, 1)).ShouldBe(targets[0]);
        PeerRules.TargetFor(targets, D(2023, 1, 1)).ShouldBe(targets[1]);
        PeerRules.TargetFor(targets, D(2025, 12, 31)).ShouldBe(targets[1]);
        PeerRules.TargetFor(targets, D(2026, 1, 1)).ShouldBe(targets[2]);
        PeerRules.TargetFor(targets, D(2028, 1, 1)).ShouldBeNull();
        PeerRules.TargetFor([], D(2025, 1, 1)).ShouldBeNull();
    }

    [Fact]
    public void Quarters_end_on_their_last_day()
    {
        PeerRules.QuarterEnds(D(2024, 11, 15), D(2025, 4, 2)).ShouldBe([D(2024, 12, 31), D(2025, 3, 31), D(2025, 6, 30)]);
    }

    [Fact]
    public void The_timeline_runs_three_years_back_and_on_to_the_target_year_with_no_figures_ahead_of_today()
    {
        IReadOnlyList<PositionSpan> positions = [new(A, 100m, D(2020, 1, 1), null), new(A, 50m, D(2026, 2, 1), null)];
        var points = PeerTimeline.Build(positions, [new PeerTarget(2027, 4, null)], D(2026, 5, 10));

        points.Count.ShouldBe(12 + 6);
        points[0].Day.ShouldBe(D(2023, 9, 30));
        points[0].Positions.ShouldBe(1);
        points[10].Day.ShouldBe(D(2026, 3, 31));
        points[10].Fte.ShouldBe(1.5);
        points[11].Day.ShouldBe(D(2026, 5, 10));
        points[11].Quarter.ShouldBe("2026 K2");
        points[12].Positions.ShouldBeNull();
        points[^1].Day.ShouldBe(D(2027, 12, 31));
        points.ShouldAllBe(p => p.Target!.Year == 2027);
    }

    [Theory]
    [InlineData("50", true)]
    [InlineData("37,5", true)]
    [InlineData("100", true)]
    [InlineData("0", false)]
    [InlineData("-10", false)]
    [InlineData("100.5", false)]
    [InlineData("150", false)]
    [InlineData("mye", false)]
    [InlineData("", false)]
    public void A_percentage_is_above_zero_and_at_most_a_hundred(string percent, bool accepted)
    {
        var (_, refusal) = PositionCommands.Check(new PositionInput(percent, "permanent", "2025-01-01", null, null, 0), isNew: true);

        (refusal is null).ShouldBe(accepted);
        if (!accepted)
        {
            refusal!.ErrorFor("percent").ShouldNotBeNull();
        }
    }

    [Fact]
    public void The_last_day_may_not_come_before_the_first()
    {
        var (_, refusal) = PositionCommands.Check(new PositionInput("50", "project", "2025-05-01", "2025-04-30", null, 0), isNew: true);
        var (_, sameDay) = PositionCommands.Check(new PositionInput("50", "project", "2025-05-01", "2025-05-01", null, 0), isNew: true);

        refusal!.ErrorFor("endOn")!.MessageKey.ShouldBe("Implementation.PeerWorkers.Error.EndBeforeStart");
        sameDay.ShouldBeNull();
    }
}
