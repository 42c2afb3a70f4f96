using Skipper.Web.Modules.Guide.Network;

namespace Skipper.UnitTests.Modules.Guide;

public sealed class GatheringDueTests
{
    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void A_network_that_never_met_is_reminded()
    {
        var due = GatheringDue.Check(D("2026-11-24"), []);

        due.Reminder.ShouldBe(GatheringReminder.NeverHeld);
        due.LastHeld.ShouldBeNull();
        due.Previous.ShouldBe(new Quarter(2026, 3));
    }

    [Fact]
    public void Only_a_planned_gathering_still_counts_as_never_met()
    {
        var due = GatheringDue.Check(D("2026-11-24"), [D("2026-12-10")]);

        due.Reminder.ShouldBe(GatheringReminder.NeverHeld);
    }

    [Fact]
    public void A_gathering_in_the_previous_quarter_means_no_reminder()
    {
        // Today is in Q4 2026; 30 September is the last day of Q3.
        var due = GatheringDue.Check(D("2026-11-24"), [D("2026-03-02"), D("2026-09-30")]);

        due.Reminder.ShouldBe(GatheringReminder.None);
        due.LastHeld.ShouldBe(D("2026-09-30"));
    }

    [Fact]
    public void A_quarter_without_a_gathering_is_reminded_and_names_the_last_one()
    {
        // Q3 2026 (1 July – 30 September) had none; the last was in Q2.
        var due = GatheringDue.Check(D("2026-10-01"), [D("2026-06-30"), D("2026-02-14")]);

        due.Reminder.ShouldBe(GatheringReminder.QuarterMissed);
        due.LastHeld.ShouldBe(D("2026-06-30"));
        due.Previous.ShouldBe(new Quarter(2026, 3));
    }

    [Fact]
    public void A_gathering_already_held_this_quarter_silences_the_reminder_for_the_missed_one()
    {
        var due = GatheringDue.Check(D("2026-11-24"), [D("2026-05-05"), D("2026-11-24")]);

        due.Reminder.ShouldBe(GatheringReminder.None);
        due.LastHeld.ShouldBe(D("2026-11-24"));
    }

    [Fact]
    public void In_january_the_previous_quarter_is_the_last_one_of_the_year_before()
    {
        GatheringDue.Check(D("2027-01-15"), [D("2026-10-01")]).Reminder.ShouldBe(GatheringReminder.None);
        var missed = GatheringDue.Check(D("2027-01-15"), [D("2026-09-30")]);
        missed.Reminder.ShouldBe(GatheringReminder.QuarterMissed);
        missed.Previous.ShouldBe(new Quarter(2026, 4));
    }

    [Fact]
    public void A_planned_gathering_later_this_quarter_does_not_answer_for_the_missed_one()
    {
        var due = GatheringDue.Check(D("2026-11-24"), [D("2026-04-20"), D("2026-12-15")]);

        due.Reminder.ShouldBe(GatheringReminder.QuarterMissed);
        due.LastHeld.ShouldBe(D("2026-04-20"));
    }

    [Theory]
    [InlineData("2026-01-01", 2026, 1, "2026-01-01", "2026-03-31")]
    [InlineData("2026-03-31", 2026, 1, "2026-01-01", "2026-03-31")]
    [InlineData("2026-04-01", 2026, 2, "2026-04-01", "2026-06-30")]
    [InlineData("2026-12-31", 2026, 4, "2026-10-01", "2026-12-31")]
    public void A_day_falls_in_its_calendar_quarter(string day, int year, int number, string start, string end)
    {
        var quarter = Quarter.Of(D(day));

        quarter.ShouldBe(new Quarter(year, number));
        quarter.Start.ShouldBe(D(start));
        quarter.End.ShouldBe(D(end));
    }
}
