using Skipper.Web.Platform.Privacy;
using static Skipper.Web.Platform.Privacy.CellHidden;

namespace Skipper.UnitTests.Platform.Privacy;

public sealed class SmallCellsTests
{
    [Fact]
    public void Cells_of_five_or_more_and_empty_cells_are_shown() =>
        SmallCells.Suppress([5, 0, 12]).ShouldBe([None, None, None]);

    [Fact]
    public void One_small_cell_hides_the_smallest_other_cell_too_when_a_total_is_shown() =>
        SmallCells.Suppress([3, 10, 7, 0]).ShouldBe([FewerThanFive, None, Complement, None]);

    [Fact]
    public void One_small_cell_alone_is_hidden_without_a_complement_when_no_total_is_shown() =>
        SmallCells.Suppress([3, 10, 7], totalShown: false).ShouldBe([FewerThanFive, None, None]);

    [Fact]
    public void Two_small_cells_with_five_people_together_need_no_complement() =>
        SmallCells.Suppress([3, 2, 12, 20]).ShouldBe([FewerThanFive, FewerThanFive, None, None]);

    [Fact]
    public void Two_small_cells_with_fewer_than_five_together_hide_one_more() =>
        SmallCells.Suppress([1, 2, 12, 20]).ShouldBe([FewerThanFive, FewerThanFive, Complement, None]);

    [Fact]
    public void A_small_cell_with_nothing_else_to_hide_stays_the_only_hidden_one() =>
        SmallCells.Suppress([4, 0]).ShouldBe([FewerThanFive, None]);
}
