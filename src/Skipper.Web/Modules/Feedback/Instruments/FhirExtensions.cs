namespace Skipper.Web.Modules.Feedback.Instruments;

/// <summary>
/// The extensions a definition file uses. Standard FHIR and SDC extensions where one exists; Skipper's own under
/// https://skipper.no/fhir/StructureDefinition/ for what FHIR has no word for (kind, scoring, thresholds).
/// <list type="bullet">
/// <item>On the Questionnaire: instrument-code (valueCode), instrument-kind (valueCode outcome|alliance|recovery),
/// scored-part (complex, repeats), cut-off, reliable-change, signal-below, item-drop-signal (valueDecimal, about
/// the one total) and due-every-days (valuePositiveInt).</item>
/// <item>scored-part's parts: code (valueCode), title (valueString), method (valueCode sum|scaled-mean), factor
/// (valueDecimal, scaled-mean only) and item (valueString, a linkId; repeats).</item>
/// <item>Sliders: type decimal with SDC's itemControl "slider", minValue/maxValue, and slider-step (valueDecimal)
/// because SDC's sliderStepValue is an integer in R4 (read too, when a file has it). The end labels are child
/// display items with SDC's itemControl "lower" and "upper": that is how SDC labels a slider's two ends, so any
/// SDC renderer shows them too.</item>
/// <item>English: the standard translation extension on _title, _text, _display, _description and _valueString.</item>
/// </list>
/// </summary>
internal static class FhirExtensions
{
    public const string SkipperBase = "https://skipper.no/fhir/StructureDefinition/";
    public const string InstrumentCode = SkipperBase + "instrument-code";
    public const string InstrumentKind = SkipperBase + "instrument-kind";
    public const string ScoredPart = SkipperBase + "scored-part";
    public const string CutOff = SkipperBase + "cut-off";
    public const string ReliableChange = SkipperBase + "reliable-change";
    public const string SignalBelow = SkipperBase + "signal-below";
    public const string ItemDropSignal = SkipperBase + "item-drop-signal";
    public const string DueEveryDays = SkipperBase + "due-every-days";
    public const string SliderStep = SkipperBase + "slider-step";

    public const string MinValue = "http://hl7.org/fhir/StructureDefinition/minValue";
    public const string MaxValue = "http://hl7.org/fhir/StructureDefinition/maxValue";
    public const string SliderStepValue = "http://hl7.org/fhir/StructureDefinition/questionnaire-sliderStepValue";
    public const string ItemControl = "http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl";
    public const string ItemControlSystem = "http://hl7.org/fhir/questionnaire-item-control";
    public const string Translation = "http://hl7.org/fhir/StructureDefinition/translation";
}
