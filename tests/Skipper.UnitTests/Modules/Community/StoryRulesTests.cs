using Skipper.Web.Modules.Community.Stories;
using Skipper.Web.Modules.Community.Stories.Data;

namespace Skipper.UnitTests.Modules.Community;

public sealed class StoryRulesTests
{
    [Fact]
    public void A_story_needs_consent_a_title_and_a_text_within_their_limits()
    {
        var (_, refusal) = StoryRules.Check(new StoryRequest(" ", new string('x', 20_001), null, "poem"));

        refusal.ShouldNotBeNull();
        refusal.Fields.Select(f => f.Field).Order().ShouldBe(["consent", "kind", "text", "title"]);
    }

    [Fact]
    public void A_good_story_is_cleaned_and_its_kind_read_in_any_case()
    {
        var (clean, refusal) = StoryRules.Check(new StoryRequest("  Min vei  ", "Linje én\r\nLinje to", true, "GOODPRACTICE"));

        refusal.ShouldBeNull();
        clean.ShouldBe(new StoryRules.Clean("Min vei", "Linje én\nLinje to", StoryKind.GoodPractice));
        StoryRules.Check(new StoryRequest("T", "t", true)).Clean.Kind.ShouldBe(StoryKind.Recovery);
    }

    [Fact]
    public void The_excerpt_is_cut_at_a_word_and_paragraphs_split_at_blank_lines()
    {
        var text = string.Join(' ', Enumerable.Repeat("ordet", 100));

        var excerpt = StoryRules.Excerpt(text);

        excerpt.Length.ShouldBeLessThanOrEqualTo(StoryRules.ExcerptLength + 2);
        excerpt.ShouldEndWith("ordet …");
        StoryRules.Excerpt("Kort\n\ntekst").ShouldBe("Kort tekst");
        StoryRules.Paragraphs("Første\nlinje\n\n\nAndre\r\n\r\nTredje").ShouldBe(["Første\nlinje", "Andre", "Tredje"]);
    }
}
