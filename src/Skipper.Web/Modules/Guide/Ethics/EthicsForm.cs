using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Guide.Ethics;

/// <summary>What the partial _EthicsForm shows: the values to fill in, why the last send was refused, where it posts.</summary>
public sealed record EthicsForm(EthicsRequest Values, Refusal? Refusal, string Handler, string SubmitKey)
{
    /// <summary>The five steps: the heading's text key, its hint, and the fields (name, label key) it holds.</summary>
    public static readonly IReadOnlyList<(string Heading, string Hint, (string Name, string Label)[] Fields)> Steps =
    [
        ("Guide.Ethics.Step1", "Guide.Ethics.Step1.Hint", [("problem", "Guide.Ethics.Field.Problem")]),
        ("Guide.Ethics.Step2", "Guide.Ethics.Step2.Hint", [("involved", "Guide.Ethics.Field.Involved")]),
        ("Guide.Ethics.Step3", "Guide.Ethics.Step3.Hint", [("valuesAndRules", "Guide.Ethics.Field.ValuesAndRules")]),
        ("Guide.Ethics.Step4", "Guide.Ethics.Step4.Hint", [("options", "Guide.Ethics.Field.Options")]),
        ("Guide.Ethics.Step5", "Guide.Ethics.Step5.Hint", [("choice", "Guide.Ethics.Field.Choice"), ("reasons", "Guide.Ethics.Field.Reasons")]),
    ];

    public string ValueOf(string field) => field switch
    {
        "problem" => Values.Problem,
        "involved" => Values.Involved,
        "valuesAndRules" => Values.ValuesAndRules,
        "options" => Values.Options,
        "choice" => Values.Choice,
        "reasons" => Values.Reasons,
        _ => Values.Title,
    } ?? "";

    public FieldError? ErrorFor(string field) => Refusal?.ErrorFor(field);
}
