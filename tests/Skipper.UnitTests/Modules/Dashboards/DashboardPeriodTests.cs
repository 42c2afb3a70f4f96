using Skipper.Web.Modules.Dashboards.Cells.Data;
using Skipper.Web.Modules.Dashboards.Figures;

namespace Skipper.UnitTests.Modules.Dashboards;

public sealed class DashboardPeriodTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    private static DashboardPeriod Read(string? from, string? to, string? grain = null)
    {
        var outcome = DashboardPeriod.Parse(from, to, grain, Today);
        outcome.Succeeded.ShouldBeTrue();
        return outcome.Value;
    }

    private static IEnumerable<(string Field, string Key)> Errors(string? from, string? to, string? grain = null)
    {
        var outcome = DashboardPeriod.Parse(from, to, grain, Today);
        outcome.Succeeded.ShouldBeFalse();
        return outcome.Refusal.Fields.Select(f => (f.Field, f.MessageKey));
    }

    [Fact]
    public void Without_a_period_it_is_the_last_12_whole_months()
    {
        Read(null, null).ShouldBe(new DashboardPeriod(new(2025, 11, 1), new(2026, 10, 31), Grain.Month));
    }

    [Fact]
    public void By_quarter_the_default_is_the_last_four_whole_quarters()
    {
        Read(null, null, "quarter").ShouldBe(new DashboardPeriod(new(2025, 10, 1), new(2026, 9, 30), Grain.Quarter));
    }

    [Fact]
    public void A_month_reads_as_its_first_day_for_from_and_its_last_day_for_to()
    {
        Read("2024-02", "2024-02").ShouldBe(new DashboardPeriod(new(2024, 2, 1), new(2024, 2, 29), Grain.Month));
        Read("2025-01-01", "2025-03-31", "quarter").Starts.ShouldBe([new DateOnly(2025, 1, 1)]);
    }

    [Fact]
    public void A_period_that_ends_before_it_starts_is_refused()
    {
        Errors("2025-06", "2025-03").ShouldBe([("to", "Dashboards.Error.EndsBeforeStart")]);
    }

    [Theory]
    [InlineData("2025-01-15", "2025-03", "from", "Dashboards.Error.FromStart")]
    [InlineData("2025-01", "2025-03-30", "to", "Dashboards.Error.ToEnd")]
    [InlineData("2025-02", "2025-06", "from", "Dashboards.Error.FromStart.Quarter", "quarter")]
    [InlineData("2025-01", "2025-05", "to", "Dashboards.Error.ToEnd.Quarter", "quarter")]
    [InlineData("2025-02-30", "2025-03", "from", "Dashboards.Error.FromFormat")]
    [InlineData("2025-13", "2025-12", "from", "Dashboards.Error.FromFormat")]
    [InlineData("2025-01", "mars", "to", "Dashboards.Error.ToFormat")]
    [InlineData("2020-01", "2025-01", "to", "Dashboards.Error.TooLong")]
    public void Periods_that_are_not_whole_months_or_quarters_are_refused(string from, string to, string field, string key, string? grain = null)
    {
        Errors(from, to, grain).ShouldBe([(field, key)]);
    }

    [Fact]
    public void An_unknown_grain_is_refused()
    {
        Errors("2025-01", "2025-03", "week").ShouldBe([("grain", "Dashboards.Error.Grain")]);
    }

    [Fact]
    public void Sixty_months_is_the_longest_period()
    {
        Read("2020-01", "2024-12").Months.ShouldBe(60);
    }
}
