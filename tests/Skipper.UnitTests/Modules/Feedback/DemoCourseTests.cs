using Skipper.Web.Modules.Feedback.Demo;
using Skipper.Web.Modules.Feedback.Instruments;
using Skipper.Web.Modules.Feedback.Scoring;

namespace Skipper.UnitTests.Modules.Feedback;

public sealed class DemoCourseTests
{
    private static readonly InstrumentDefinition Outcome = InstrumentFile.Read(ShippedInstruments.Json("outcome")).Definition!;
    private static readonly InstrumentDefinition Alliance = InstrumentFile.Read(ShippedInstruments.Json("alliance")).Definition!;

    [Fact]
    public void The_demo_episodes_mix_reliable_improvement_no_change_and_a_few_deteriorations()
    {
        var random = new Random(3);
        var changes = Enumerable.Range(0, 1000).Select(_ =>
        {
            var sessions = 2 + random.Next(3);
            var course = new DemoCourse(random, sessions);
            var intake = course.Outcome(Outcome, 1, random).Total!.Value;
            var latest = course.Outcome(Outcome, sessions, random).Total!.Value;
            return ChangeRules.ReliableChange(intake, latest, Outcome.ReliableChange!.Value);
        }).ToList();

        changes.Count(c => c == ChangeKind.Improved).ShouldBeInRange(400, 600);
        changes.Count(c => c == ChangeKind.None).ShouldBeInRange(250, 450);
        changes.Count(c => c == ChangeKind.Deteriorated).ShouldBeInRange(50, 200);
    }

    [Fact]
    public void About_one_session_in_ten_has_a_low_alliance()
    {
        var random = new Random(4);
        var totals = Enumerable.Range(0, 500).SelectMany(_ =>
        {
            var course = new DemoCourse(random, 3);
            return Enumerable.Range(1, 3).Select(s => course.Alliance(Alliance, s, random).Total!.Value);
        }).ToList();

        totals.Count(t => t < Alliance.SignalBelow!.Value).ShouldBeInRange(75, 225);
        totals.ShouldAllBe(t => t >= 0 && t <= 40);
    }
}
