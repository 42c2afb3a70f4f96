using Skipper.Web.Modules.Community.Offers.Catalogue;
using Skipper.Web.Modules.Community.Offers.Hours;

namespace Skipper.UnitTests.Modules.Community;

public sealed class OpeningRuleTests
{
    // Wednesday 25 November 2026.
    private static readonly DateOnly Wednesday = new(2026, 11, 25);

    private static DateTime At(DateOnly day, int hour, int minute = 0) => day.ToDateTime(new TimeOnly(hour, minute));

    private static OfferHours Football => new(
        [new WeeklySlot(DayOfWeek.Tuesday, new(18, 0), new(19, 30)), new WeeklySlot(DayOfWeek.Wednesday, new(18, 0), new(19, 30))], [], null, null);

    [Theory]
    [InlineData(17, 59, false)]
    [InlineData(18, 0, true)]
    [InlineData(19, 29, true)]
    [InlineData(19, 30, false)]
    public void Open_now_means_inside_a_slot_today_with_the_end_excluded(int hour, int minute, bool open) =>
        OpeningRule.IsOpenAt(Football, At(Wednesday, hour, minute)).ShouldBe(open);

    [Fact]
    public void A_slot_on_another_weekday_is_not_open_now() =>
        OpeningRule.IsOpenAt(Football, At(Wednesday.AddDays(1), 18, 30)).ShouldBeFalse();

    [Fact]
    public void A_closed_exception_shuts_the_day_and_other_hours_replace_the_week()
    {
        var closed = Football with { Exceptions = [new DayException(Wednesday, true, null, null)] };
        var moved = Football with { Exceptions = [new DayException(Wednesday, false, new(12, 0), new(13, 0))] };
        var noteOnly = Football with { Exceptions = [new DayException(Wednesday, false, null, null)] };

        OpeningRule.IsOpenAt(closed, At(Wednesday, 18, 30)).ShouldBeFalse();
        OpeningRule.IsOpenAt(moved, At(Wednesday, 18, 30)).ShouldBeFalse();
        OpeningRule.IsOpenAt(moved, At(Wednesday, 12, 30)).ShouldBeTrue();
        OpeningRule.IsOpenAt(noteOnly, At(Wednesday, 18, 30)).ShouldBeTrue();
    }

    [Fact]
    public void This_week_is_the_rest_of_today_and_the_six_days_after()
    {
        // Wednesday 20:00: today's slot is over, but Tuesday (six days on) counts.
        OpeningRule.IsOpenThisWeek(Football, At(Wednesday, 20)).ShouldBeTrue();
        var wednesdayOnly = Football with { Slots = [Football.Slots[1]] };
        OpeningRule.IsOpenThisWeek(wednesdayOnly, At(Wednesday, 17)).ShouldBeTrue();
        OpeningRule.IsOpenThisWeek(wednesdayOnly, At(Wednesday, 20)).ShouldBeFalse();
    }

    [Fact]
    public void No_slots_or_every_day_closed_is_not_this_week()
    {
        OpeningRule.IsOpenThisWeek(OfferHours.None, At(Wednesday, 9)).ShouldBeFalse();
        var tuesday = Wednesday.AddDays(6);
        var closedTuesday = Football with { Exceptions = [new DayException(Wednesday, true, null, null), new DayException(tuesday, true, null, null)] };
        OpeningRule.IsOpenThisWeek(closedTuesday, At(Wednesday, 9)).ShouldBeFalse();
    }

    [Fact]
    public void Outside_the_start_and_end_dates_it_is_never_open()
    {
        var notYet = Football with { StartsOn = Wednesday.AddDays(1) };
        var ended = Football with { EndsOn = Wednesday.AddDays(-1) };
        var endsToday = Football with { EndsOn = Wednesday };

        OpeningRule.IsOpenAt(notYet, At(Wednesday, 18, 30)).ShouldBeFalse();
        OpeningRule.IsOpenThisWeek(notYet, At(Wednesday, 9)).ShouldBeTrue();
        OpeningRule.IsOpenThisWeek(ended, At(Wednesday, 9)).ShouldBeFalse();
        OpeningRule.IsOpenAt(endsToday, At(Wednesday, 18, 30)).ShouldBeTrue();
    }

    [Theory]
    [InlineData("2026-05-25", true)]
    [InlineData("2026-04-25", true)]
    [InlineData("2026-05-26", false)]
    [InlineData("2026-11-25", false)]
    public void An_offer_is_stale_when_last_checked_six_months_ago_or_more(string lastChecked, bool stale) =>
        StaleRule.IsStale(DateOnly.Parse(lastChecked, System.Globalization.CultureInfo.InvariantCulture), Wednesday).ShouldBe(stale);

    [Fact]
    public void Search_words_are_letters_and_digits_in_lower_case_from_a_trimmed_query()
    {
        SearchWords.From("  Fotball, 100% ÆRLIG!  ").ShouldBe(["fotball", "100", "ærlig"]);
        SearchWords.From("%_'\"<>;--").ShouldBeEmpty();
        SearchWords.From(new string('x', 10_000)).Single().Length.ShouldBe(SearchWords.MaxQuery);
        SearchWords.From(string.Join(' ', Enumerable.Range(1, 30))).Count.ShouldBe(SearchWords.MaxWords);
        SearchWords.From(null).ShouldBeEmpty();
    }
}
