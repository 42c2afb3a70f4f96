namespace Skipper.Web.Modules.Feedback.Scoring;

/// <summary>
/// Scores are sums of 0.1 steps, so a difference such as 25.3 − 20.3 comes out as 4.999999999999998 in
/// floating point. Rounding away that noise before comparing keeps "exactly at the threshold" exact.
/// </summary>
internal static class ScoreMath
{
    private const int Digits = 6;

    public static double Clean(double value) => Math.Round(value, Digits, MidpointRounding.AwayFromZero);

    public static double Difference(double from, double to) => Clean(to - from);
}
