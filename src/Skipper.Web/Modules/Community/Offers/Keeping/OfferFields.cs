using System.Globalization;
using Skipper.Web.Modules.Community.Offers.Catalogue;
using Skipper.Web.Platform.Input;

namespace Skipper.Web.Modules.Community.Offers.Keeping;

public sealed class SlotFields
{
    public string? Day { get; set; }
    public string? From { get; set; }
    public string? To { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Day) && string.IsNullOrWhiteSpace(From) && string.IsNullOrWhiteSpace(To);
}

public sealed class ExceptionFields
{
    public string? Date { get; set; }
    public bool Closed { get; set; }
    public string? From { get; set; }
    public string? To { get; set; }
    public string? Note { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Date) && string.IsNullOrWhiteSpace(From) && string.IsNullOrWhiteSpace(To) && string.IsNullOrWhiteSpace(Note);
}

/// <summary>The offer form as posted (kept as typed on refusal); empty hour rows are left out of the request.</summary>
public sealed class OfferFields
{
    public const int EmptySlotRows = 3;
    public const int EmptyExceptionRows = 2;

    public Guid? OrganisationId { get; set; }
    public string? Title { get; set; }
    public string? Description { get; set; }
    public string? Category { get; set; }
    public string? PlaceName { get; set; }
    public string? Address { get; set; }
    public string? Municipality { get; set; }
    public string? Schedule { get; set; }
    public List<SlotFields> Slots { get; set; } = [];
    public List<ExceptionFields> Exceptions { get; set; } = [];
    public string? Cost { get; set; }
    public string? Joining { get; set; }
    public string? Accessibility { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? Web { get; set; }
    public string? StartsOn { get; set; }
    public string? EndsOn { get; set; }
    public int? Version { get; set; }

    public OfferRequest ToRequest() => new(
        OrganisationId, Title, Description, Category, PlaceName, Address, Municipality, Schedule,
        Slots.Where(s => !s.IsEmpty).Select(s => new SlotRequest(s.Day, s.From, s.To)).ToList(),
        Exceptions.Where(e => !e.IsEmpty).Select(e => new ExceptionRequest(e.Date, e.Closed, e.From, e.To, e.Note)).ToList(),
        Cost, Joining, Accessibility, Phone, Email, Web, StartsOn, EndsOn, Version);

    /// <summary>The form's rows: what is there, then a few empty ones to add more without JavaScript.</summary>
    public OfferFields WithEmptyRows()
    {
        Slots = Slots.Where(s => !s.IsEmpty).Concat(Enumerable.Range(0, EmptySlotRows).Select(_ => new SlotFields())).ToList();
        Exceptions = Exceptions.Where(e => !e.IsEmpty).Concat(Enumerable.Range(0, EmptyExceptionRows).Select(_ => new ExceptionFields())).ToList();
        return this;
    }

    public static OfferFields From(OfferView offer) => new()
    {
        OrganisationId = offer.Organisation.Id,
        Title = offer.Title,
        Description = offer.Description,
        Category = EnumNames.Of(offer.Category),
        PlaceName = offer.PlaceName,
        Address = offer.Address,
        Municipality = offer.Municipality,
        Schedule = offer.Schedule,
        Slots = offer.Slots.Select(s => new SlotFields { Day = EnumNames.Of(s.Day), From = Time(s.From), To = Time(s.To) }).ToList(),
        Exceptions = offer.Exceptions.Select(e => new ExceptionFields
        {
            Date = e.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Closed = e.Closed, From = Time(e.From), To = Time(e.To), Note = e.Note,
        }).ToList(),
        Cost = offer.Cost,
        Joining = EnumNames.Of(offer.Joining),
        Accessibility = offer.Accessibility,
        Phone = offer.Phone,
        Email = offer.Email,
        Web = offer.Web,
        StartsOn = offer.StartsOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        EndsOn = offer.EndsOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Version = offer.Version,
    };

    private static string? Time(TimeOnly? time) => time?.ToString("HH:mm", CultureInfo.InvariantCulture);
}
