using Skipper.Web.Modules.Dashboards.Figures;

namespace Skipper.UnitTests.Modules.Dashboards;

public sealed class DashboardFiguresTests
{
    private static readonly DateOnly[] Months = [new(2025, 1, 1), new(2025, 2, 1), new(2025, 3, 1), new(2025, 4, 1)];

    private static IReadOnlyList<FigureRule> Rules => FigureRules.For(["values"]);

    private static CellSum Episodes(int episodes, int people) => new() { EpisodesEnded = episodes, EpisodePeople = people };

    private static FigureView Figure(IReadOnlyList<FigureView> figures, string key) => figures.Single(f => f.Key == key);

    [Fact]
    public void A_month_of_fewer_than_5_people_is_hidden_and_the_next_smallest_month_too()
    {
        var department = new DepartmentCells(Guid.NewGuid(), "A", [Episodes(10, 10), Episodes(3, 3), Episodes(8, 8), Episodes(12, 12)]);

        var episodes = Figure(DashboardFigures.Build(Rules, Months, [department], withTable: false), "episodes");

        episodes.Series.Select(p => p.Hidden).ShouldBe([null, DashboardFigures.FewerThanFive, DashboardFigures.Complement, null]);
        episodes.Series.Select(p => p.Value).ShouldBe([10, null, null, 12]);
        episodes.Series[1].N.ShouldBeNull();
        episodes.Series[1].People.ShouldBeNull();
        episodes.Total.ShouldBe(new FigureValue(33, 33, 12, null));
    }

    [Fact]
    public void A_small_department_is_hidden_in_the_section_table_with_a_complementary_one()
    {
        Guid a = Guid.NewGuid(), b = Guid.NewGuid(), c = Guid.NewGuid();
        DepartmentCells Only(Guid id, string name, int people) =>
            new(id, name, [Episodes(people, people), CellSum.Empty, CellSum.Empty, CellSum.Empty]);

        var episodes = Figure(DashboardFigures.Build(Rules, Months, [Only(a, "A", 20), Only(b, "B", 2), Only(c, "C", 9)], withTable: true), "episodes");

        episodes.Departments!.Select(d => (d.Name, d.Value, d.Hidden)).ShouldBe(
            [("A", 20.0, null), ("B", null, DashboardFigures.FewerThanFive), ("C", null, DashboardFigures.Complement)]);
        episodes.Total.Value.ShouldBe(31);
    }

    [Fact]
    public void The_whole_period_counts_its_largest_month_of_people_not_their_sum()
    {
        // Three people in each of two months may be the same three people.
        var department = new DepartmentCells(Guid.NewGuid(), "A", [Episodes(3, 3), Episodes(3, 3), CellSum.Empty, CellSum.Empty]);

        var episodes = Figure(DashboardFigures.Build(Rules, Months, [department], withTable: false), "episodes");

        episodes.Total.ShouldBe(new FigureValue(null, null, null, DashboardFigures.FewerThanFive));
        episodes.Series.Take(2).ShouldAllBe(p => p.Hidden == DashboardFigures.FewerThanFive);
        episodes.Series.Skip(2).ShouldAllBe(p => p.Hidden == null && p.Value == 0);
    }

    [Fact]
    public void Sessions_held_are_not_people_and_are_always_shown()
    {
        var department = new DepartmentCells(Guid.NewGuid(), "A", [new CellSum { ReflectionSessions = 1 }, CellSum.Empty, CellSum.Empty, CellSum.Empty]);

        var sessions = Figure(DashboardFigures.Build(Rules, Months, [department], withTable: true), "reflection-sessions");

        sessions.Total.Value.ShouldBe(1);
        sessions.Series[0].Value.ShouldBe(1);
        sessions.Departments![0].Value.ShouldBe(1);
    }

    [Fact]
    public void Departments_of_one_period_add_their_people_so_the_section_can_show_what_each_alone_could_not()
    {
        var one = new DepartmentCells(Guid.NewGuid(), "A", [Episodes(3, 3), Episodes(5, 5), Episodes(5, 5), Episodes(5, 5)]);
        var two = new DepartmentCells(Guid.NewGuid(), "B", [Episodes(3, 3), Episodes(5, 5), Episodes(5, 5), Episodes(5, 5)]);

        var episodes = Figure(DashboardFigures.Build(Rules, Months, [one, two], withTable: true), "episodes");

        episodes.Series[0].ShouldBe(new FigurePoint(Months[0], 6, 6, 6, null));
        episodes.Departments!.ShouldAllBe(d => d.Hidden == null && d.Value == 18);
    }

    [Fact]
    public void Shares_are_hidden_by_the_people_they_stand_on()
    {
        var department = new DepartmentCells(Guid.NewGuid(), "A",
        [
            new CellSum { Meetings = 10, MeetingsAttended = 6, MeetingPeople = 6 },
            new CellSum { Meetings = 10, MeetingsAttended = 1, MeetingPeople = 4 },
            new CellSum { Meetings = 20, MeetingsAttended = 15, MeetingPeople = 9 },
            new CellSum { Meetings = 10, MeetingsAttended = 5, MeetingPeople = 7 },
        ]);

        var attended = Figure(DashboardFigures.Build(Rules, Months, [department], withTable: false), "meetings-attended");

        // February's 4 people are too few; January's 6 are the fewest shown, so January goes too.
        attended.Series.Select(p => p.Value).ShouldBe([null, null, 75, 50]);
        attended.Series.Select(p => p.N).ShouldBe([null, null, 20, 10]);
        attended.Total.ShouldBe(new FigureValue(54, 50, 9, null));
    }
}
