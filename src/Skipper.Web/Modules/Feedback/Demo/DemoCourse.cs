using Skipper.Web.Modules.Feedback.Instruments;
using Skipper.Web.Modules.Feedback.Scoring;

namespace Skipper.Web.Modules.Feedback.Demo;

/// <summary>How one demo episode went, in the answers' terms.</summary>
internal enum DemoChange
{
    Improved,
    Unchanged,
    Worse,
}

/// <summary>
/// The answers of one demo episode: an intake around 18 (under the cut-off), then, for about half of the episodes a
/// reliable improvement, for a third no reliable change, and for the rest a reliable deterioration, reached gradually;
/// a good working alliance with, now and then, one session that went less well (under the signal of 36).
/// </summary>
internal sealed class DemoCourse
{
    private readonly double intake;
    private readonly double gain;
    private readonly double alliance;
    private readonly int lowAllianceSession;
    private readonly int sessions;
    private readonly double support;
    private readonly double relationship;

    public DemoCourse(Random random, int sessions)
    {
        this.sessions = sessions;
        intake = Math.Clamp(Gauss(random, 18.5, 3.8), 7, 31);
        var draw = random.NextDouble();
        Change = draw < 0.52 ? DemoChange.Improved : draw < 0.88 ? DemoChange.Unchanged : DemoChange.Worse;
        gain = Change switch
        {
            DemoChange.Improved => Math.Min(6 + (random.NextDouble() * 6), 38 - intake),
            DemoChange.Unchanged => -2.5 + (random.NextDouble() * 5.5),
            _ => -Math.Min(6 + (random.NextDouble() * 3), intake - 1),
        };
        alliance = 9.2 + (random.NextDouble() * 0.7);
        lowAllianceSession = random.NextDouble() < 0.25 ? random.Next(sessions) + 1 : 0;
        support = 2 + (random.NextDouble() * 1.8);
        relationship = 2.3 + (random.NextDouble() * 1.6);
    }

    public DemoChange Change { get; }

    /// <summary>The outcome form at session <paramref name="session"/> (1 = intake): a gradual change that levels off.</summary>
    public ScoredForm Outcome(InstrumentDefinition instrument, int session, Random random)
    {
        var reached = sessions == 1 ? 0 : (1 - Math.Exp(-(session - 1) / 1.8)) / (1 - Math.Exp(-(sessions - 1) / 1.8));
        var total = intake + (gain * reached) + (session == 1 ? 0 : Gauss(random, 0, 0.8));
        return Sliders(instrument, total / instrument.Items.Count, 0.5, random);
    }

    public ScoredForm Alliance(InstrumentDefinition instrument, int session, Random random) =>
        Sliders(instrument, session == lowAllianceSession ? alliance - 1.6 : alliance, 0.2, random);

    /// <summary>Most kinds of support matter; each that does is rated near the person's level (0–4).</summary>
    public ScoredForm Recovery(InstrumentDefinition instrument, Random random)
    {
        // The first kind of support always matters, so the Support part always has a score.
        var gates = instrument.Items.Where(i => i.Kind == ItemKind.Matters)
            .Select((item, n) => (item.LinkId, Matters: n == 0 || random.NextDouble() < 0.85 ? 1 : 0))
            .ToDictionary(g => g.LinkId, g => g.Matters);
        var relationshipItems = instrument.Parts.FirstOrDefault(p => p.Code == "relationship")?.Items ?? [];
        var answers = new List<Answer>();
        foreach (var item in instrument.Items)
        {
            if (item.Kind == ItemKind.Matters)
            {
                answers.Add(new Answer(item.LinkId, gates[item.LinkId]));
            }
            else if (item.Kind == ItemKind.Rating && (item.GatedBy is null || gates.GetValueOrDefault(item.GatedBy) == 1))
            {
                var level = relationshipItems.Contains(item.LinkId) ? relationship : support;
                var value = (int)Math.Round(Math.Clamp(level + Gauss(random, 0, 0.6), 0, 4));
                var options = item.Options.Select(o => o.Value).ToList();
                answers.Add(new Answer(item.LinkId, options.MinBy(o => Math.Abs(o - value))));
            }
        }
        return FormScoring.Score(instrument, answers).Form!;
    }

    /// <summary>Every slider near the same level, on its scale and step, scored by the product's own rule.</summary>
    private static ScoredForm Sliders(InstrumentDefinition instrument, double level, double spread, Random random)
    {
        var answers = instrument.Items.Where(i => i.Kind == ItemKind.Slider).Select(item =>
        {
            var value = Math.Round(Math.Clamp(level + Gauss(random, 0, spread), item.Min, item.Max) / item.Step) * item.Step;
            return new Answer(item.LinkId, Math.Clamp(ScoreMath.Clean(value), item.Min, item.Max));
        }).ToList();
        return FormScoring.Score(instrument, answers).Form!;
    }

    private static double Gauss(Random random, double mean, double deviation) =>
        mean + (deviation * Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble()));
}
