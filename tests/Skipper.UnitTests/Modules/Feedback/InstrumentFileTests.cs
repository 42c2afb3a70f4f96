using System.Text.Json.Nodes;
using Skipper.Web.Modules.Feedback.Data;
using Skipper.Web.Modules.Feedback.Instruments;
using static Skipper.UnitTests.Modules.Feedback.DefinitionFile;

namespace Skipper.UnitTests.Modules.Feedback;

public sealed class InstrumentFileTests
{
    [Theory]
    [InlineData("", "Empty")]
    [InlineData("{ \"resourceType\": \"Questionnaire\", ", "NotJson")]
    [InlineData("[1, 2]", "NotQuestionnaire")]
    [InlineData("{ \"resourceType\": \"Patient\", \"active\": true }", "NotQuestionnaire")]
    [InlineData("{ \"resourceType\": \"Questionnaire\", \"status\": \"almost\" }", "NotQuestionnaire")]
    [InlineData("{ \"resourceType\": \"Questionnaire\", \"status\": \"active\", \"colour\": \"blue\" }", "NotQuestionnaire")]
    public void A_file_that_is_not_a_questionnaire_is_named_as_such(string json, string problem)
    {
        var read = InstrumentFile.Read(json);

        read.Succeeded.ShouldBeFalse();
        read.Problems.Select(p => p.Key).ShouldBe([$"Feedback.Definition.{problem}"]);
    }

    [Fact]
    public void The_parser_says_what_is_wrong_with_a_questionnaire_it_cannot_read()
    {
        var problem = InstrumentFile.Read("{ \"resourceType\": \"Questionnaire\", \"status\": \"active\", \"colour\": \"blue\" }").Problems.Single();

        problem.Arguments.Single().ShouldContain("colour");
    }

    [Fact]
    public void A_file_larger_than_the_limit_is_refused_before_it_is_read()
    {
        var json = "{\"resourceType\":\"Questionnaire\",\"description\":\"" + new string('x', FeedbackLimits.DefinitionBytes) + "\"}";

        var problem = InstrumentFile.Read(json).Problems.Single();

        problem.Key.ShouldBe("Feedback.Definition.TooLarge");
        problem.Arguments.ShouldBe(["256"]);
    }

    [Fact]
    public void Missing_url_version_code_and_title_are_each_named()
    {
        var file = Shipped("outcome");
        file.Remove("url");
        file.Remove("version");
        file.Remove("title");
        file.Remove("_title");
        file.RemoveExtension(Ext + "instrument-code");

        file.ProblemKeys().ShouldBe(["MissingUrl", "MissingVersion", "MissingCode", "MissingTitle"], ignoreOrder: true);
    }

    [Fact]
    public void An_unknown_kind_is_named_with_what_the_file_says()
    {
        var file = Shipped("outcome");
        file.Extension(Ext + "instrument-kind")["valueCode"] = "mood";

        var problem = file.Problems().Single();
        problem.Key.ShouldBe("Feedback.Definition.UnknownKind");
        problem.Arguments.ShouldBe(["mood"]);
    }

    [Fact]
    public void A_questionnaire_without_items_is_refused()
    {
        var file = Shipped("outcome");
        file.Remove("item");

        file.ProblemKeys().ShouldContain("NoItems");
    }

    [Fact]
    public void A_linkId_used_twice_is_named()
    {
        var file = Shipped("outcome");
        file.Item(1)["linkId"] = "me";

        file.Problems().ShouldContain(p => p.Key == "Feedback.Definition.DuplicateLinkId" && p.Arguments.Single() == "me");
    }

    [Fact]
    public void An_item_without_text_is_named()
    {
        var file = Shipped("outcome");
        file.Item(2).Remove("text");
        file.Item(2).Remove("_text");

        file.Problems().ShouldContain(p => p.Key == "Feedback.Definition.ItemWithoutText" && p.Arguments.Single() == "social");
    }

    [Fact]
    public void A_slider_without_min_or_max_is_named()
    {
        var file = Shipped("outcome");
        file.Item(0).RemoveExtension("http://hl7.org/fhir/StructureDefinition/maxValue");

        file.ProblemKeys().ShouldContain("SliderWithoutRange");
    }

    [Fact]
    public void A_slider_whose_min_is_not_below_its_max_is_named()
    {
        var file = Shipped("outcome");
        file.Item(3).Extension("http://hl7.org/fhir/StructureDefinition/minValue")["valueDecimal"] = 10;

        var problem = file.Problems().Single(p => p.Key == "Feedback.Definition.SliderRangeBackwards");
        problem.Arguments.ShouldBe(["overall", "10", "10"]);
    }

    [Fact]
    public void A_rating_without_options_is_named()
    {
        var file = Shipped("recovery-support");
        var relationship = file.Item(1)["item"]!.AsArray()[0]!.AsObject();
        relationship.Remove("answerOption");

        file.Problems().ShouldContain(p => p.Key == "Feedback.Definition.RatingWithoutOptions" && p.Arguments.Single() == "rel-respect");
    }

    [Fact]
    public void A_rating_gated_by_something_that_is_not_a_yes_no_item_is_named()
    {
        var file = Shipped("recovery-support");
        var supportHope = file.Item(0)["item"]!.AsArray()[3]!.AsObject();
        supportHope["enableWhen"]![0]!["question"] = "rel-respect";

        file.Problems().ShouldContain(p => p.Key == "Feedback.Definition.GatedByUnknown" && p.Arguments[0] == "support-hope" && p.Arguments[1] == "rel-respect");
    }

    [Fact]
    public void A_scored_part_naming_an_unknown_item_is_named()
    {
        var file = Shipped("outcome");
        file.Extension(Ext + "scored-part")["extension"]!.AsArray().Add(new JsonObject { ["url"] = "item", ["valueString"] = "sleep" });

        file.Problems().ShouldContain(p => p.Key == "Feedback.Definition.PartUnknownItem" && p.Arguments[0] == "total" && p.Arguments[1] == "sleep");
    }

    [Fact]
    public void A_scored_part_naming_a_group_is_named_as_an_unknown_item()
    {
        var file = Shipped("recovery-support");
        file.Extension(Ext + "scored-part")["extension"]!.AsArray().Add(new JsonObject { ["url"] = "item", ["valueString"] = "relationship" });

        file.Problems().ShouldContain(p => p.Key == "Feedback.Definition.PartUnknownItem" && p.Arguments[1] == "relationship");
    }

    [Fact]
    public void A_scaled_mean_without_a_factor_is_named()
    {
        var file = Shipped("recovery-support");
        var part = file.Extension(Ext + "scored-part")["extension"]!.AsArray();
        part.Remove(part.First(e => (string?)e!["url"] == "factor"));

        file.Problems().ShouldContain(p => p.Key == "Feedback.Definition.ScaledMeanWithoutFactor" && p.Arguments.Single() == "support");
    }

    [Theory]
    [InlineData("cut-off", 41, "CutOffOutsideScale")]
    [InlineData("cut-off", -1, "CutOffOutsideScale")]
    [InlineData("reliable-change", 0, "ReliableChangeOutsideScale")]
    [InlineData("reliable-change", 50, "ReliableChangeOutsideScale")]
    public void An_outcome_threshold_outside_the_scale_of_its_total_is_named(string extension, double value, string problem)
    {
        var file = Shipped("outcome");
        file.Extension(Ext + extension)["valueDecimal"] = value;

        file.ProblemKeys().ShouldBe([problem]);
    }

    [Fact]
    public void The_cut_off_problem_says_the_value_and_the_scale()
    {
        var file = Shipped("outcome");
        file.Extension(Ext + "cut-off")["valueDecimal"] = 45.5;

        file.Problems().Single().Arguments.ShouldBe(["45.5", "total", "0", "40"]);
    }

    [Theory]
    [InlineData("signal-below", 41, "SignalBelowOutsideScale")]
    [InlineData("item-drop-signal", 11, "ItemDropOutsideScale")]
    [InlineData("item-drop-signal", 0, "ItemDropOutsideScale")]
    public void An_alliance_threshold_outside_the_scale_is_named(string extension, double value, string problem)
    {
        var file = Shipped("alliance");
        file.Extension(Ext + extension)["valueDecimal"] = value;

        file.ProblemKeys().ShouldBe([problem]);
    }

    [Fact]
    public void An_outcome_scale_without_a_cut_off_is_refused_because_the_graph_and_signals_need_it()
    {
        var file = Shipped("outcome");
        file.RemoveExtension(Ext + "cut-off");

        file.Problems().Single().ShouldSatisfyAllConditions(
            p => p.Key.ShouldBe("Feedback.Definition.MissingThreshold"),
            p => p.Arguments.ShouldBe([Ext + "cut-off"]));
    }

    [Fact]
    public void Every_problem_is_listed_not_only_the_first()
    {
        var file = Shipped("outcome");
        file.Remove("version");
        file.Remove("title");
        file.Extension(Ext + "cut-off")["valueDecimal"] = 99;
        file.Extension(Ext + "due-every-days")["valuePositiveInt"] = 9999;

        file.ProblemKeys().ShouldBe(["MissingVersion", "MissingTitle", "CutOffOutsideScale", "BadDueDays"], ignoreOrder: true);
    }

    [Fact]
    public void English_comes_from_the_translation_extension_and_falls_back_to_norwegian()
    {
        var file = Shipped("outcome");
        file.Remove("_title");

        var definition = InstrumentFile.Read(file.ToJsonString()).Definition!;

        definition.Title.ShouldBe(new LocalText("Hvordan har du hatt det?"));
        definition.Title.In("en").ShouldBe("Hvordan har du hatt det?");
        definition.Items[0].Text.In("en-GB").ShouldBe("Myself: how I am doing personally");
    }
}
