using Skipper.Web.Modules.Implementation.Goals;
using Skipper.Web.Modules.Implementation.Goals.Data;

namespace Skipper.UnitTests.Modules.Implementation;

public sealed class GoalRulesTests
{
    [Theory]
    [InlineData("done", GoalStatus.Done)]
    [InlineData("Ongoing", GoalStatus.Ongoing)]
    [InlineData("notStarted", GoalStatus.NotStarted)]
    [InlineData("not-started", GoalStatus.NotStarted)]
    [InlineData("not_started", GoalStatus.NotStarted)]
    [InlineData(" PARTLY ", GoalStatus.Partly)]
    [InlineData("dropped", GoalStatus.Dropped)]
    public void A_status_is_read_from_its_name_in_any_case_and_with_separators(string value, GoalStatus expected)
    {
        GoalStatuses.TryParse(value, out var status).ShouldBeTrue();
        status.ShouldBe(expected);
    }

    [Theory]
    [InlineData("finished")]
    [InlineData("Gjennomført")]
    [InlineData("3")]
    [InlineData("")]
    [InlineData(null)]
    public void Anything_else_is_no_status(string? value) => GoalStatuses.TryParse(value, out _).ShouldBeFalse();

    [Fact]
    public void Every_status_has_its_api_name_and_a_text_key() =>
        GoalStatuses.InOrder.Select(GoalStatuses.Name).ShouldBe(["notStarted", "planned", "ongoing", "partly", "done", "dropped"]);

    [Fact]
    public void A_new_goal_without_a_status_is_planned_and_needs_no_version()
    {
        var (goal, refusal) = GoalRules.Check(new GoalRequest("  Refleksjon hver måned ", null, "Recoverykontakt", "2027-01-31", null, null, null), isNew: true);

        refusal.ShouldBeNull();
        goal.Title.ShouldBe("Refleksjon hver måned");
        goal.Status.ShouldBe(GoalStatus.Planned);
        goal.DueOn.ShouldBe(new DateOnly(2027, 1, 31));
    }

    [Fact]
    public void A_missing_title_an_unknown_status_and_an_impossible_date_are_each_named()
    {
        var (_, refusal) = GoalRules.Check(new GoalRequest(" ", null, null, "2026-02-30", "finished", null, 1), isNew: false);

        refusal.ShouldNotBeNull();
        refusal.Fields.Select(f => (f.Field, f.MessageKey)).ShouldBe(
        [
            ("title", "Implementation.Goals.Error.TitleRequired"),
            ("dueOn", "Input.Error.Date"),
            ("status", "Implementation.Goals.Error.Status"),
        ]);
    }

    [Fact]
    public void A_changed_goal_names_its_status_and_version_and_a_due_date_stays_within_sensible_years()
    {
        var (_, refusal) = GoalRules.Check(new GoalRequest("Mål", null, null, "1999-12-31", "", null, null), isNew: false);

        refusal!.Fields.Select(f => f.Field).ShouldBe(["dueOn", "status", "version"]);
        refusal.ErrorFor("dueOn")!.MessageKey.ShouldBe("Implementation.Goals.Error.DueOnRange");
    }

    [Fact]
    public void A_title_over_200_characters_is_refused() =>
        GoalRules.Check(new GoalRequest(new string('a', 201), null, null, null, null, null, null), isNew: true).Refusal!
            .ErrorFor("title")!.MessageKey.ShouldBe("Input.Error.TooLong");
}
