using Skipper.Web.Platform.Web;

namespace Skipper.UnitTests.Platform;

public sealed class LocalUrlTests
{
    [Theory]
    [InlineData("/hjem", true)]
    [InlineData("/", true)]
    [InlineData("/min-plan?x=1", true)]
    [InlineData("//evil.example", false)]
    [InlineData("/\\evil.example", false)]
    [InlineData("https://evil.example", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    [InlineData("/a\nb", false)]
    public void Only_paths_inside_skipper_are_local(string? url, bool expected) => LocalUrl.IsLocal(url).ShouldBe(expected);

    [Fact]
    public void A_foreign_url_falls_back_to_home() => LocalUrl.OrHome("//evil", "/hjem").ShouldBe("/hjem");
}
