namespace Skipper.Web.Modules.Feedback;

/// <summary>The person's feedback pages, for links from other pages (the home page, staff pages, reminders).</summary>
public static class FeedbackPaths
{
    public const string Overview = "/tilbakemelding";
    public const string Recovery = "/tilbakemelding/recoverystotte";

    public static string Answer(string code) => $"/tilbakemelding/svar/{Uri.EscapeDataString(code)}";

    public static string Receipt(Guid responseId) => $"/tilbakemelding/kvittering/{responseId}";
}
