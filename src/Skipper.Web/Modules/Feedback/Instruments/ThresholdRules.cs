using Skipper.Web.Modules.Feedback.Data;

namespace Skipper.Web.Modules.Feedback.Instruments;

/// <summary>The numbers the product acts on, read against the scale of the total they are about.</summary>
internal sealed record Thresholds(double? CutOff, double? ReliableChange, double? SignalBelow, double? ItemDropSignal);

/// <summary>
/// What each kind needs, and that every threshold lies on its part's scale. Outcome and alliance have one total;
/// outcome needs a cut-off and a reliable change, alliance a signal threshold. A threshold is about the one total,
/// so an instrument with several parts (recovery) has none.
/// </summary>
internal static class ThresholdRules
{
    public static void Check(InstrumentKind kind, IReadOnlyList<ScoredPart> parts, IReadOnlyList<InstrumentItem> items, Thresholds t, List<DefinitionProblem> problems)
    {
        if (kind is InstrumentKind.Outcome or InstrumentKind.Alliance && parts.Count > 1)
        {
            problems.Add(DefinitionProblem.Of("KindNeedsOneTotal", Code(kind)));
        }
        if (kind == InstrumentKind.Outcome)
        {
            Require(t.CutOff, FhirExtensions.CutOff, problems);
            Require(t.ReliableChange, FhirExtensions.ReliableChange, problems);
        }
        if (kind == InstrumentKind.Alliance)
        {
            Require(t.SignalBelow, FhirExtensions.SignalBelow, problems);
        }
        if (parts.Count > 1)
        {
            foreach (var (value, url) in new[] { (t.CutOff, FhirExtensions.CutOff), (t.ReliableChange, FhirExtensions.ReliableChange), (t.SignalBelow, FhirExtensions.SignalBelow), (t.ItemDropSignal, FhirExtensions.ItemDropSignal) })
            {
                if (value is not null)
                {
                    problems.Add(DefinitionProblem.Of("ThresholdNeedsOnePart", url));
                }
            }
        }
        if (parts.Count == 1)
        {
            OnScale(parts[0], items, t, problems);
        }
    }

    public static string Code(InstrumentKind kind) => kind.ToString().ToLowerInvariant();

    private static void OnScale(ScoredPart total, IReadOnlyList<InstrumentItem> items, Thresholds t, List<DefinitionProblem> problems)
    {
        if (t.CutOff is { } cutOff && (cutOff < total.Min || cutOff > total.Max))
        {
            problems.Add(DefinitionProblem.Of("CutOffOutsideScale", cutOff, total.Code, total.Min, total.Max));
        }
        if (t.SignalBelow is { } below && (below <= total.Min || below > total.Max))
        {
            problems.Add(DefinitionProblem.Of("SignalBelowOutsideScale", below, total.Code, total.Min, total.Max));
        }
        var range = total.Max - total.Min;
        if (t.ReliableChange is { } change && (change <= 0 || change > range))
        {
            problems.Add(DefinitionProblem.Of("ReliableChangeOutsideScale", change, total.Code, range));
        }
        var itemRange = items.Where(i => total.Items.Contains(i.LinkId)).Select(i => i.Max - i.Min).DefaultIfEmpty(0).Max();
        if (t.ItemDropSignal is { } drop && (drop <= 0 || drop > itemRange))
        {
            problems.Add(DefinitionProblem.Of("ItemDropOutsideScale", drop, itemRange));
        }
    }

    private static void Require(double? value, string url, List<DefinitionProblem> problems)
    {
        if (value is null)
        {
            problems.Add(DefinitionProblem.Of("MissingThreshold", url));
        }
    }
}
