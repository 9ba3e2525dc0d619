using Microsoft.AspNetCore.Identity;

namespace SmartRoom.Modules.Identity.Features.Register;

internal sealed class RegisterValidator : AbstractValidator<Register>
{
    public RegisterValidator(UserManager<User> users)
    {
        RuleFor(x => x.Email).NotEmpty().MaximumLength(256).EmailAddress();
        // Identity's own password rules, reported with the other fields rather than after them.
        RuleFor(x => x.Password).NotEmpty().MaximumLength(1024).CustomAsync(async (password, context, _) =>
        {
            if (string.IsNullOrEmpty(password))
            {
                return;
            }

            foreach (var validator in users.PasswordValidators)
            {
                var result = await validator.ValidateAsync(users, new User(), password);
                foreach (var error in result.Errors)
                {
                    context.AddFailure(nameof(Register.Password), error.Description);
                }
            }
        });
        RuleFor(x => x.DisplayName).NotEmpty().MaximumLength(100)
            .Must(name => name is null || !name.Any(char.IsControl)).WithMessage("'Display Name' must not contain control characters.");
    }
}
