using Skipper.Web.Modules.Feedback;
using Skipper.Web.Modules.Feedback.Figures;

namespace Skipper.UnitTests.Modules.Feedback;

public sealed class EpisodeFiguresTests
{
    [Fact]
    public void Ended_episodes_are_counted_with_the_scoring_rules()
    {
        Guid a = Guid.NewGuid(), b = Guid.NewGuid(), c = Guid.NewGuid(), d = Guid.NewGuid();
        EndedEpisodeRow[] episodes =
        [
            new(null, a, 20, 27, 3), // +7: reliable improvement from below the cut-off (25) to over it: significant
            new(null, b, 30, 24, 2), // −6: reliable deterioration
            new(null, c, 15, 18, 4), // +3: no reliable change, intake below the cut-off
            new(null, d, 22, 22, 1), // one answer only: no change to count
            new(null, a, 24, 29, 2), // +5, exactly the reliable change: improvement, significant
        ];

        var figures = EpisodeFigures.Count(episodes, cutOff: 25, reliableChange: 5);

        figures.ShouldBe(new EpisodeOutcomeFigures(
            EpisodesEnded: 5, EpisodePeople: 4, ChangeEpisodes: 4, ChangePeople: 3, ReliableImprovement: 2, ReliableDeterioration: 1,
            ClinicalIntake: 3, ClinicalPeople: 2, ClinicallySignificant: 2, SumIntake: 89, SumSqIntake: 2101, SumChange: 9));
    }

    [Fact]
    public void Without_a_cut_off_or_reliable_change_only_the_counts_and_sums_are_given()
    {
        var figures = EpisodeFigures.Count([new(null, Guid.NewGuid(), 10, 30, 2)], cutOff: null, reliableChange: null);

        (figures.ChangeEpisodes, figures.ReliableImprovement, figures.ClinicalIntake, figures.SumChange).ShouldBe((1, 0, 0, 20.0));
    }
}
