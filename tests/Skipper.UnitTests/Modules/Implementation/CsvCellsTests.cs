using System.Text;
using Skipper.Web.Modules.Implementation.Goals.StatusTable;

namespace Skipper.UnitTests.Modules.Implementation;

public sealed class CsvCellsTests
{
    [Theory]
    [InlineData("Pågår", "Pågår")]
    [InlineData("", "")]
    [InlineData("Alle avd.; minus én", "\"Alle avd.; minus én\"")]
    [InlineData("Kåring «årets» \"premie\"", "\"Kåring «årets» \"\"premie\"\"\"")]
    [InlineData("Linje 1\r\nLinje 2", "\"Linje 1\nLinje 2\"")]
    [InlineData("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\"")]
    [InlineData("+47 123", "'+47 123")]
    [InlineData("-", "'-")]
    [InlineData("@leder", "'@leder")]
    public void A_cell_is_quoted_only_when_needed_and_never_read_as_a_formula(string value, string expected) =>
        CsvCells.Cell(value).ShouldBe(expected);

    [Fact]
    public void A_file_starts_with_the_byte_order_mark_and_uses_semicolons_and_crlf()
    {
        var bytes = CsvCells.File([["Avdeling", "Mål"], ["Fagteam rus", "Brukerråd; nytt"]]);

        bytes.Take(3).ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF });
        Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).ShouldBe("Avdeling;Mål\r\nFagteam rus;\"Brukerråd; nytt\"\r\n");
    }
}
