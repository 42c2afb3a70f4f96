using System.Globalization;
using Skipper.Web.Modules.Community.Offers.Data;
using Skipper.Web.Platform.Input;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Community.Offers.Keeping;

/// <summary>An offer's fields after the shape rules: clean text, parsed enums, dates and hours.</summary>
internal sealed record CheckedOffer(
    string Title, string Description, OfferCategory Category, string PlaceName, string Address, string Municipality,
    string Schedule, IReadOnlyList<(DayOfWeek Day, TimeOnly From, TimeOnly To)> Slots,
    IReadOnlyList<(DateOnly On, bool Closed, TimeOnly? From, TimeOnly? To, string Note)> Exceptions,
    string Cost, JoiningWay Joining, string Accessibility, string Phone, string Email, string Web, DateOnly? StartsOn, DateOnly? EndsOn);

/// <summary>The shape rules of an offer; every refusal names the field and says how to fix it.</summary>
internal static class OfferInput
{
    public static (CheckedOffer? Offer, Refusal? Refusal) Check(OfferRequest? request, bool needsVersion)
    {
        request ??= new OfferRequest(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
        var errors = new List<FieldError>();
        var title = Text(errors, "title", request.Title, OfferLimits.Title, required: true);
        var description = Text(errors, "description", request.Description, OfferLimits.Description);
        if (!EnumNames.TryParse<OfferCategory>(request.Category, out var category))
        {
            errors.Add(new FieldError("category", "Community.Offers.Error.Category"));
        }
        if (!EnumNames.TryParse<JoiningWay>(request.Joining, out var joining))
        {
            errors.Add(new FieldError("joining", "Community.Offers.Error.Joining"));
        }
        var email = Text(errors, "email", request.Email, OfferLimits.Email);
        if (email.Length > 0 && (!email.Contains('@', StringComparison.Ordinal) || email.Any(char.IsWhiteSpace)))
        {
            errors.Add(new FieldError("email", "Community.Offers.Error.Email"));
        }
        var web = Text(errors, "web", request.Web, OfferLimits.Web);
        // Shown as a link: only web addresses, never javascript: or data:.
        if (web.Length > 0 && !(Uri.TryCreate(web, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)))
        {
            errors.Add(new FieldError("web", "Community.Offers.Error.Web"));
        }
        var phone = Text(errors, "phone", request.Phone, OfferLimits.Phone);
        if (phone.Any(c => !(char.IsAsciiDigit(c) || c is ' ' or '+' or '-')))
        {
            errors.Add(new FieldError("phone", "Community.Offers.Error.Phone"));
        }
        var startsOn = InputRules.Date(errors, "startsOn", request.StartsOn);
        var endsOn = InputRules.Date(errors, "endsOn", request.EndsOn);
        if (startsOn is { } s && endsOn is { } e && e < s)
        {
            errors.Add(new FieldError("endsOn", "Community.Offers.Error.EndBeforeStart"));
        }
        var slots = Slots(errors, request.Slots ?? []);
        var exceptions = Exceptions(errors, request.Exceptions ?? []);
        if (needsVersion)
        {
            InputRules.Version(errors, request.Version);
        }
        var offer = new CheckedOffer(
            title, description, category,
            Text(errors, "placeName", request.PlaceName, OfferLimits.Place),
            Text(errors, "address", request.Address, OfferLimits.Address),
            Text(errors, "municipality", request.Municipality, OfferLimits.Municipality),
            Text(errors, "schedule", request.Schedule, OfferLimits.Schedule),
            slots, exceptions,
            Text(errors, "cost", request.Cost, OfferLimits.Cost),
            joining,
            Text(errors, "accessibility", request.Accessibility, OfferLimits.Accessibility),
            phone, email, web, startsOn, endsOn);
        return errors.Count > 0 ? (null, InputRules.Invalid(errors)) : (offer, null);
    }

    private static string Text(List<FieldError> errors, string field, string? value, int max, bool required = false)
    {
        var text = InputRules.Clean(value);
        if (required)
        {
            InputRules.Required(errors, field, text);
        }
        InputRules.AtMost(errors, field, text, max);
        return text;
    }

    private static List<(DayOfWeek, TimeOnly, TimeOnly)> Slots(List<FieldError> errors, IReadOnlyList<SlotRequest> slots)
    {
        if (slots.Count > OfferLimits.Slots)
        {
            errors.Add(new FieldError("slots", "Community.Offers.Error.TooManySlots", OfferLimits.Slots));
            return [];
        }
        var result = new List<(DayOfWeek, TimeOnly, TimeOnly)>();
        for (var i = 0; i < slots.Count; i++)
        {
            var slot = slots[i];
            var ok = EnumNames.TryParse<DayOfWeek>(slot.Day, out var day);
            var from = Time(slot.From);
            var to = Time(slot.To);
            if (!ok || from is null || to is null || from >= to)
            {
                errors.Add(new FieldError("slots", "Community.Offers.Error.Slot", i + 1));
                continue;
            }
            result.Add((day, from.Value, to.Value));
        }
        return result;
    }

    private static List<(DateOnly, bool, TimeOnly?, TimeOnly?, string)> Exceptions(List<FieldError> errors, IReadOnlyList<ExceptionRequest> exceptions)
    {
        if (exceptions.Count > OfferLimits.Exceptions)
        {
            errors.Add(new FieldError("exceptions", "Community.Offers.Error.TooManyExceptions", OfferLimits.Exceptions));
            return [];
        }
        var result = new List<(DateOnly, bool, TimeOnly?, TimeOnly?, string)>();
        for (var i = 0; i < exceptions.Count; i++)
        {
            var exception = exceptions[i];
            var dateErrors = new List<FieldError>();
            var on = InputRules.Date(dateErrors, "exceptions", exception.Date);
            var closed = exception.Closed == true;
            var from = closed ? null : Time(exception.From);
            var to = closed ? null : Time(exception.To);
            var hoursGiven = !closed && (!string.IsNullOrWhiteSpace(exception.From) || !string.IsNullOrWhiteSpace(exception.To));
            var note = InputRules.Clean(exception.Note);
            if (on is null || dateErrors.Count > 0 || hoursGiven && (from is null || to is null || from >= to) || note.Length > OfferLimits.Note)
            {
                errors.Add(new FieldError("exceptions", "Community.Offers.Error.Exception", i + 1));
                continue;
            }
            if (result.Any(r => r.Item1 == on))
            {
                errors.Add(new FieldError("exceptions", "Community.Offers.Error.ExceptionTwice", i + 1));
                continue;
            }
            result.Add((on.Value, closed, from, to, note));
        }
        return result;
    }

    /// <summary>HH:mm as a time field sends it (seconds allowed); anything else is no time.</summary>
    internal static TimeOnly? Time(string? value) =>
        TimeOnly.TryParseExact(value?.Trim(), ["HH:mm", "HH:mm:ss", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) ? time : null;
}
