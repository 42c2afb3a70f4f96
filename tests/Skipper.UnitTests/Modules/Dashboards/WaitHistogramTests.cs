using Skipper.Web.Modules.Dashboards.Cells;

namespace Skipper.UnitTests.Modules.Dashboards;

public sealed class WaitHistogramTests
{
    [Fact]
    public void Median_and_90th_percentile_come_from_merged_cells_as_from_the_days_themselves()
    {
        // Days 0, 1, 1, 3 in one month and 2, 10 in the next: sorted 0 1 1 2 3 10.
        var march = WaitHistogram.Of([0, 1, 1, 3, null]);
        var april = WaitHistogram.Of([2, 10]);

        var merged = WaitHistogram.Merge([march, april]);

        // Median: position (6 − 1) · 0.5 = 2.5, between 1 and 2. 90th: position 4.5, between 3 and 10.
        WaitHistogram.Percentile(merged, 0.5).ShouldBe(1.5);
        WaitHistogram.Percentile(merged, 0.9).ShouldBe(6.5);
    }

    [Fact]
    public void A_request_still_waiting_has_no_days_yet()
    {
        WaitHistogram.Of([null, null]).ShouldBeEmpty();
        WaitHistogram.Percentile(WaitHistogram.Of([null]), 0.5).ShouldBeNull();
    }

    [Fact]
    public void One_wait_is_its_own_median_and_90th_percentile()
    {
        var one = WaitHistogram.Of([4]);

        (WaitHistogram.Percentile(one, 0.5), WaitHistogram.Percentile(one, 0.9)).ShouldBe((4.0, 4.0));
    }

    [Fact]
    public void The_histogram_survives_its_json()
    {
        var counts = WaitHistogram.Of([0, 0, 7, 30]);

        var json = WaitHistogram.ToJson(counts);

        json.ShouldBe("{\"0\":2,\"7\":1,\"30\":1}");
        WaitHistogram.FromJson(json).ShouldBe(counts);
    }
}
