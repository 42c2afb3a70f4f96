using Skipper.Web.Modules.Feedback.Data;
using Skipper.Web.Modules.Feedback.Instruments;

namespace Skipper.UnitTests.Modules.Feedback;

public sealed class ShippedInstrumentTests
{
    private static InstrumentDefinition Shipped(string name)
    {
        var read = InstrumentFile.Read(ShippedInstruments.Json(name));
        read.Problems.ShouldBeEmpty();
        read.Succeeded.ShouldBeTrue();
        return read.Definition!;
    }

    [Fact]
    public void Each_shipped_file_reads_without_a_problem_and_its_code_is_its_file_name()
    {
        foreach (var name in ShippedInstruments.Names)
        {
            var definition = Shipped(name);
            definition.Code.ShouldBe(name);
            definition.Url.ShouldBe($"https://skipper.no/fhir/Questionnaire/{name}");
            definition.Version.ShouldNotBeNullOrEmpty();
            definition.Title.En.ShouldNotBeNull();
            definition.Items.ShouldAllBe(i => i.Text.En != null);
        }
    }

    [Fact]
    public void The_outcome_scale_has_four_sliders_from_0_to_10_a_total_to_40_cut_off_25_and_reliable_change_5()
    {
        var outcome = Shipped("outcome");

        outcome.Kind.ShouldBe(InstrumentKind.Outcome);
        outcome.Title.Nb.ShouldBe("Hvordan har du hatt det?");
        outcome.Items.Count.ShouldBe(4);
        outcome.Items.ShouldAllBe(i => i.Kind == ItemKind.Slider && i.Min == 0 && i.Max == 10 && i.Step == 0.1 && i.Part == "total");
        outcome.Items.ShouldAllBe(i => i.LowAnchor!.Nb == "Svært dårlig" && i.HighAnchor!.En == "Very good");
        outcome.Total.ShouldNotBeNull();
        outcome.Total.Method.ShouldBe(ScoringMethod.Sum);
        (outcome.Total.Min, outcome.Total.Max).ShouldBe((0d, 40d));
        outcome.Total.Items.ShouldBe(outcome.Items.Select(i => i.LinkId).ToList());
        outcome.CutOff.ShouldBe(25);
        outcome.ReliableChange.ShouldBe(5);
        outcome.SignalBelow.ShouldBeNull();
        outcome.DueEveryDays.ShouldBe(14);
    }

    [Fact]
    public void The_alliance_scale_has_four_sliders_a_total_to_40_a_signal_below_36_and_an_item_drop_of_1()
    {
        var alliance = Shipped("alliance");

        alliance.Kind.ShouldBe(InstrumentKind.Alliance);
        alliance.Title.Nb.ShouldBe("Hvordan var timen?");
        alliance.Items.Count.ShouldBe(4);
        alliance.Items.ShouldAllBe(i => i.Kind == ItemKind.Slider && i.Min == 0 && i.Max == 10);
        (alliance.Total!.Min, alliance.Total.Max).ShouldBe((0d, 40d));
        alliance.SignalBelow.ShouldBe(36);
        alliance.ItemDropSignal.ShouldBe(1);
        alliance.CutOff.ShouldBeNull();
        alliance.DueEveryDays.ShouldBeNull();
    }

    [Fact]
    public void Recovery_support_asks_what_matters_for_each_chime_element_then_rates_support_only_for_those()
    {
        var recovery = Shipped("recovery-support");

        recovery.Kind.ShouldBe(InstrumentKind.Recovery);
        recovery.Title.Nb.ShouldBe("Recoverystøtte");
        recovery.DueEveryDays.ShouldBe(90);
        recovery.Total.ShouldBeNull();
        recovery.Parts.Select(p => (p.Code, p.Method, p.Factor, p.Min, p.Max, p.Items.Count)).ShouldBe(
        [
            ("support", ScoringMethod.ScaledMean, 25d, 0d, 100d, 5),
            ("relationship", ScoringMethod.ScaledMean, 25d, 0d, 100d, 3),
        ]);
        var matters = recovery.Items.Where(i => i.Kind == ItemKind.Matters).ToList();
        matters.Count.ShouldBe(5);
        matters.ShouldAllBe(m => m.Part == "support");
        foreach (var rating in recovery.Items.Where(i => i.Part == "support" && i.Kind == ItemKind.Rating))
        {
            recovery.Item(rating.GatedBy!)!.Kind.ShouldBe(ItemKind.Matters);
        }
        recovery.Items.Where(i => i.Part == "relationship").ShouldAllBe(i => i.Kind == ItemKind.Rating && i.GatedBy == null);
        var options = recovery.Items.First(i => i.Kind == ItemKind.Rating).Options;
        options.Select(o => o.Value).ShouldBe([0, 1, 2, 3, 4]);
        options[0].Label.ShouldBe(new LocalText("Ikke i det hele tatt", "Not at all"));
        options[4].Label.Nb.ShouldBe("Svært mye");
    }
}
