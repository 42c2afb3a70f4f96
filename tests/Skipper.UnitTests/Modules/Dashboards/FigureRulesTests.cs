using Skipper.Web.Modules.Dashboards.Figures;

namespace Skipper.UnitTests.Modules.Dashboards;

public sealed class FigureRulesTests
{
    private static Computed Figure(string key, CellSum sum) => FigureRules.For(["values", "chime"]).Single(r => r.Key == key).Compute(sum);

    [Fact]
    public void Effect_size_is_the_mean_change_over_the_sample_sd_of_intake()
    {
        // Intake 10, 14, 18 (mean 14, SD with n−1 = √((16 + 0 + 16) / 2) = 4); latest 16, 20, 22: changes 6, 6, 4, mean 16/3.
        var sum = new CellSum { ChangeEpisodes = 3, SumIntake = 42, SumSqIntake = 100 + 196 + 324, SumChange = 16, ChangePeople = 3 };

        Figure("effect-size", sum).Value!.Value.ShouldBe(16.0 / 3 / 4, 1e-9);
    }

    [Fact]
    public void Effect_size_from_two_cells_added_is_the_same_as_from_all_episodes_at_once()
    {
        var first = new CellSum { ChangeEpisodes = 1, SumIntake = 10, SumSqIntake = 100, SumChange = 6, ChangePeople = 1 };
        var second = new CellSum { ChangeEpisodes = 2, SumIntake = 32, SumSqIntake = 196 + 324, SumChange = 10, ChangePeople = 2 };

        Figure("effect-size", CellSum.Periods([first, second])).Value!.Value.ShouldBe(1.0 / 3 * 4, 1e-9);
    }

    [Fact]
    public void Effect_size_needs_two_episodes_and_some_spread_at_intake()
    {
        FigureRules.EffectSize(1, 10, 100, 5).ShouldBeNull();
        FigureRules.EffectSize(3, 60, 1200, 9).ShouldBeNull();
    }

    [Fact]
    public void Shares_are_percent_of_their_n_and_stand_on_their_own_people()
    {
        var sum = new CellSum { ChangeEpisodes = 12, ReliableImprovement = 3, ReliableDeterioration = 1, ChangePeople = 11, ClinicalIntake = 8, ClinicallySignificant = 2, ClinicalPeople = 7 };

        Figure("reliable-improvement", sum).ShouldBe(new Computed(25, 12, 11));
        Figure("reliable-deterioration", sum).Value!.Value.ShouldBe(100.0 / 12, 1e-9);
        Figure("clinically-significant", sum).ShouldBe(new Computed(25, 8, 7));
    }

    [Fact]
    public void A_share_of_nothing_has_no_value()
    {
        Figure("low-alliance", CellSum.Empty).ShouldBe(new Computed(null, 0, 0));
    }

    [Fact]
    public void Inspire_means_are_over_the_scored_answers()
    {
        var sum = new CellSum { RecoveryAnswers = 6, RecoveryPeople = 6, SumSupport = 450, SupportCount = 6, SumRelationship = 400, RelationshipCount = 5 };

        Figure("support", sum).ShouldBe(new Computed(75, 6, 6));
        Figure("relationship", sum).ShouldBe(new Computed(80, 5, 6));
    }

    [Fact]
    public void An_exercise_share_stands_on_the_few_who_did_it_but_none_reveals_no_one()
    {
        var some = new CellSum { Staff = 20, ExercisesDone = new Dictionary<string, int> { ["values"] = 3, ["chime"] = 0 } };

        Figure("exercise-values", some).ShouldBe(new Computed(15, 20, 3));
        Figure("exercise-chime", some).ShouldBe(new Computed(0, 20, 20));
    }

    [Fact]
    public void Across_periods_people_are_the_largest_period_and_staff_the_latest()
    {
        var march = new CellSum { EpisodesEnded = 4, EpisodePeople = 3, Staff = 10 };
        var april = new CellSum { EpisodesEnded = 4, EpisodePeople = 4, Staff = 12 };

        var both = CellSum.Periods([march, april]);

        (both.EpisodesEnded, both.EpisodePeople, both.Staff).ShouldBe((8, 4, 12));
    }

    [Fact]
    public void Across_departments_people_and_staff_add()
    {
        var one = new CellSum { EpisodePeople = 3, Staff = 10, ExercisesDone = new Dictionary<string, int> { ["values"] = 2 } };
        var two = new CellSum { EpisodePeople = 4, Staff = 5, ExercisesDone = new Dictionary<string, int> { ["values"] = 3 } };

        var section = CellSum.Departments([one, two]);

        (section.EpisodePeople, section.Staff, section.ExercisesDone["values"]).ShouldBe((7, 15, 5));
    }
}
