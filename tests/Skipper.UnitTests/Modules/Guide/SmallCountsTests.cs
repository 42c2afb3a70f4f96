using Skipper.Web.Modules.Guide.Summary;

namespace Skipper.UnitTests.Modules.Guide;

public sealed class SmallCountsTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(4)]
    public void A_count_of_people_under_five_is_hidden_with_its_reason(int count)
    {
        var shown = SmallCounts.Of(count);

        shown.Count.ShouldBeNull();
        shown.Reason.ShouldBe("under 5");
        shown.Shown.ShouldBeFalse();
    }

    [Theory]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(120)]
    public void A_count_of_people_from_five_is_shown(int count)
    {
        var shown = SmallCounts.Of(count);

        shown.Count.ShouldBe(count);
        shown.Reason.ShouldBeNull();
    }

    [Fact]
    public void The_share_is_shown_only_when_both_counts_are()
    {
        SmallCounts.SharePercent(SmallCounts.Of(5), SmallCounts.Of(5)).ShouldBe(100);
        SmallCounts.SharePercent(SmallCounts.Of(5), SmallCounts.Of(8)).ShouldBe(63);
        SmallCounts.SharePercent(SmallCounts.Of(4), SmallCounts.Of(8)).ShouldBeNull();
        SmallCounts.SharePercent(SmallCounts.Of(0), SmallCounts.Of(3)).ShouldBeNull();
    }
}
