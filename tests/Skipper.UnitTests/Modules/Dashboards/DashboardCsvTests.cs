using Skipper.Web.Modules.Dashboards.Export;

namespace Skipper.UnitTests.Modules.Dashboards;

public sealed class DashboardCsvTests
{
    [Theory]
    [InlineData("Psykisk helseteam", "Psykisk helseteam")]
    [InlineData("Rus; psykisk helse", "\"Rus; psykisk helse\"")]
    [InlineData("Team \"Nord\"", "\"Team \"\"Nord\"\"\"")]
    [InlineData("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\"")]
    [InlineData("-1", "-1")]
    public void A_field_is_quoted_where_needed_and_never_a_formula(string value, string written)
    {
        DashboardCsv.Field(value).ShouldBe(written);
    }
}
