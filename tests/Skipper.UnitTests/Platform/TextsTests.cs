using System.Text.Json;

namespace Skipper.UnitTests.Platform;

public sealed class TextsTests
{
    private static Dictionary<string, string> Load(string language)
    {
        using var stream = typeof(Skipper.Web.Platform.Localization.Texts).Assembly
            .GetManifestResourceStream($"Skipper.Web.Resources.Texts.{language}.json")!;
        return JsonSerializer.Deserialize<Dictionary<string, string>>(stream)!;
    }

    [Fact]
    public void English_has_exactly_the_same_texts_as_bokmal()
    {
        var nb = Load("nb");
        var en = Load("en");

        en.Keys.Except(nb.Keys).ShouldBeEmpty();
        nb.Keys.Except(en.Keys).ShouldBeEmpty();
        nb.Count.ShouldBeGreaterThan(50);
    }

    [Fact]
    public void No_text_is_empty()
    {
        Load("nb").Where(t => string.IsNullOrWhiteSpace(t.Value)).ShouldBeEmpty();
        Load("en").Where(t => string.IsNullOrWhiteSpace(t.Value)).ShouldBeEmpty();
    }

    [Fact]
    public void Every_role_has_a_name_and_a_home_introduction_in_both_languages()
    {
        var nb = Load("nb");
        foreach (var role in Skipper.Web.Platform.Identity.Roles.All)
        {
            nb.ShouldContainKey("Role." + role);
            nb.ShouldContainKey($"Home.Intro.{role}.Title");
            nb.ShouldContainKey($"Home.Intro.{role}.Text");
        }
    }
}
