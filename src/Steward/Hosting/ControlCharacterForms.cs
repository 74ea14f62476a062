using System.Text;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Steward.Hosting;

/// <summary>Lets a url-encoded form holding an encoded NUL (%00) reach the form's own rules.</summary>
/// <remarks>ASP.NET Core's form parser refuses %00 with an InvalidDataException (it shares the URL path
/// decoder, which rejects NUL), so every reader of the form failed: antiforgery answered 400 whatever the
/// token, and the re-executed error page could not bind its code. Here such a form is parsed again by
/// the stream parser, which keeps the NUL, so the form's control-character rule answers it beside the
/// field. The framework's limits on keys, values and their count still apply.</remarks>
public static class ControlCharacterForms
{
    public static void UseControlCharacterForms(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<FormOptions>>().Value;
        app.Use((context, next) =>
        {
            var request = context.Request;
            if (IsUrlEncoded(request.ContentType) && context.Features.Get<IFormFeature>() is not TolerantFormFeature)
            {
                request.EnableBuffering(options.MemoryBufferThreshold, options.BufferBodyLengthLimit);
                context.Features.Set<IFormFeature>(new TolerantFormFeature(request, new FormFeature(request, options), options));
            }
            return next(context);
        });
    }

    private static bool IsUrlEncoded(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var type)
        && type.MediaType.Equals("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase);

    private sealed class TolerantFormFeature(HttpRequest request, FormFeature inner, FormOptions options) : IFormFeature
    {
        public bool HasFormContentType => inner.HasFormContentType;

        public IFormCollection? Form
        {
            get => inner.Form;
            set => inner.Form = value;
        }

        public IFormCollection ReadForm()
        {
            try { return inner.ReadForm(); }
            catch (InvalidDataException e) when (RefusedCharacters(e))
            {
                using var reader = Reader();
                inner.Form = new FormCollection(reader.ReadForm());
                request.Body.Position = 0;
                return inner.Form;
            }
        }

        public async Task<IFormCollection> ReadFormAsync(CancellationToken cancellationToken)
        {
            try { return await inner.ReadFormAsync(cancellationToken); }
            catch (InvalidDataException e) when (RefusedCharacters(e))
            {
                using var reader = Reader();
                inner.Form = new FormCollection(await reader.ReadFormAsync(cancellationToken));
                request.Body.Position = 0;
                return inner.Form;
            }
        }

        // The decoder's InvalidOperationException marks a refused character; a broken limit has none.
        private bool RefusedCharacters(InvalidDataException e) => e.InnerException is InvalidOperationException && request.Body.CanSeek;

        private FormReader Reader()
        {
            request.Body.Position = 0;
            return new FormReader(request.Body, Encoding.UTF8)
            {
                ValueCountLimit = options.ValueCountLimit,
                KeyLengthLimit = options.KeyLengthLimit,
                ValueLengthLimit = options.ValueLengthLimit,
            };
        }
    }
}
