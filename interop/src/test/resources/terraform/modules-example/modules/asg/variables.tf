variable "name" {
  type = string
}

variable "scaling_group_id" {
  type = string
}

variable "security_groups" {
  type    = list(string)
  default = []
}

variable "image" {
  type = object({
    id   = optional(string, "aliyun_3_x64_20G_alibase_20240819.vhd")
    size = optional(number, 40)
  })
  default = {}
}

variable "spot" {
  type    = bool
  default = false
}

variable "data_disks" {
  type = list(object({
    size              = number
    category          = string
    performance_level = optional(string)
  }))
  default = []
}

variable "password" {
  type      = string
  sensitive = true
  default   = "Tf-Pa55word!"
}

variable "zone_types" {
  type = map(string)
  default = {
    small = "ecs.c7.large"
    large = "ecs.c7.xlarge"
  }
}
