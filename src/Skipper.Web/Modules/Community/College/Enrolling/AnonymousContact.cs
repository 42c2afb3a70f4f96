using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Skipper.Web.Modules.Community.College.Data;
using Skipper.Web.Platform.Input;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Community.College.Enrolling;

/// <summary>Name and e-mail or phone of someone who enrols without an account; the e-mail or phone says who it is.</summary>
public sealed record EnrolRequest(string? Name, string? Email, string? Phone);

/// <summary>The shape of an anonymous enrolment, and its cancel code.</summary>
internal static partial class AnonymousContact
{
    public sealed record Contact(string Name, string? Email, string? Phone)
    {
        /// <summary>What makes two anonymous enrolments the same person: the e-mail, or else the phone.</summary>
        public string Key => Email ?? "tel:" + Phone;
    }

    public static (Contact? Contact, Refusal? Refusal) Check(EnrolRequest? request)
    {
        var errors = new List<FieldError>();
        var name = InputRules.Clean(request?.Name);
        var email = InputRules.Clean(request?.Email).ToLowerInvariant();
        var phone = InputRules.Clean(request?.Phone);
        InputRules.Required(errors, "name", name);
        InputRules.AtMost(errors, "name", name, CollegeLimits.Name);
        if (email.Length == 0 && phone.Length == 0)
        {
            errors.Add(new FieldError("email", "Community.College.Error.Contact"));
        }
        if (email.Length > 0 && (email.Length > CollegeLimits.Email || !EmailShape().IsMatch(email)))
        {
            errors.Add(new FieldError("email", "Community.College.Error.Email"));
        }
        var digits = new string(phone.Where(char.IsAsciiDigit).ToArray());
        if (phone.Length > 0 && (phone.Length > CollegeLimits.Phone || !PhoneShape().IsMatch(phone) || digits.Length is < 8 or > 15))
        {
            errors.Add(new FieldError("phone", "Community.College.Error.Phone"));
        }
        if (errors.Count > 0)
        {
            return (null, InputRules.Invalid(errors));
        }
        var normalPhone = digits.Length == 0 ? null : (phone.StartsWith('+') ? "+" : "") + digits;
        return (new Contact(name, email.Length == 0 ? null : email, normalPhone), null);
    }

    public static bool SamePerson(Enrolment enrolment, Contact contact) =>
        enrolment.AccountId is null
        && ((contact.Email is not null && enrolment.Email == contact.Email) || (contact.Phone is not null && enrolment.Phone == contact.Phone));

    public static string NewCode() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(24));

    public static string HashOf(string code) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(code)));

    public static bool Matches(string? code, string? storedHash) =>
        !string.IsNullOrEmpty(code) && code.Length <= 100 && storedHash is not null
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(HashOf(code)), Encoding.ASCII.GetBytes(storedHash));

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailShape();

    [GeneratedRegex(@"^\+?[0-9 ()\-]+$")]
    private static partial Regex PhoneShape();
}
